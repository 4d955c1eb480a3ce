package dev.runlog.bootstrap;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.interceptor.NameMatchTransactionAttributeSource;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import java.util.List;

/**
 * Where transactions start and end: around each call of a use case that runs more than one
 * statement, and nowhere else. The domain cannot say {@code @Transactional} (it has no
 * dependencies), so the use cases are wrapped here, at the edge, by method name.
 *
 * <ul>
 *   <li>{@value #IN_A_TRANSACTION} run in one transaction: begun when the use case is called,
 *       committed when it returns, rolled back when it throws. An import writes a statement per
 *       thousand runs and must store all or none; an update writes, then reads back what it
 *       wrote; a delete may read after it deletes, to tell a stale version from a missing row.</li>
 *   <li>Everything else runs without one: registering a user and logging a run are one insert
 *       each, reads one select each, and MariaDB runs a single statement atomically in
 *       autocommit mode. A transaction would add three statements to each (autocommit off,
 *       commit, autocommit on), and with them halve the throughput of logging a run
 *       (docs/benchmarks.md); StatementsPerRequestTest holds every request to its minimum.</li>
 * </ul>
 */
final class UseCaseTransactions {

    private static final String IN_A_TRANSACTION = "importRuns, update, delete";
    private static final List<String> TRANSACTIONAL_METHODS = List.of(IN_A_TRANSACTION.split(", "));

    private final TransactionInterceptor interceptor;

    UseCaseTransactions(TransactionManager transactionManager) {
        NameMatchTransactionAttributeSource transactional = new NameMatchTransactionAttributeSource();
        // Required propagation; rolls back on any RuntimeException, the domain's included.
        TRANSACTIONAL_METHODS.forEach(method -> transactional.addTransactionalMethod(method, new RuleBasedTransactionAttribute()));
        this.interceptor = new TransactionInterceptor(transactionManager, transactional);
    }

    /** The service, as a subclass proxy whose methods of several statements run in a transaction. */
    @SuppressWarnings("unchecked")
    <T> T wrap(T service) {
        ProxyFactory proxy = new ProxyFactory(service);
        proxy.setProxyTargetClass(true); // a subclass, so the bean is still a UserService / RunService
        // Outermost, so that a transaction which cannot begin is reported as the store being away.
        proxy.addAdvice((MethodInterceptor) invocation -> TransactionOutages.reported(invocation::proceed));
        proxy.addAdvice(interceptor);
        return (T) proxy.getProxy(service.getClass().getClassLoader());
    }
}

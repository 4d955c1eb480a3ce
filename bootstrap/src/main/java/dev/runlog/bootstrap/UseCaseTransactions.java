package dev.runlog.bootstrap;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.interceptor.NameMatchTransactionAttributeSource;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import java.util.List;

/**
 * Where transactions start and end: around each call of a use case that writes, and nowhere
 * else. The domain cannot say {@code @Transactional} (it has no dependencies), so the use cases
 * are wrapped here, at the edge, by method name.
 *
 * <ul>
 *   <li>Writes ({@value #WRITES}) run in one transaction: begun when the use case is called,
 *       committed when it returns, rolled back when it throws, so a use case that writes twice
 *       never leaves half of its work behind.</li>
 *   <li>Reads (get, list) run without one: each is a single statement, which MariaDB runs
 *       atomically in autocommit mode, and a transaction would only add round trips
 *       (autocommit off, commit, autocommit on) to every request.</li>
 * </ul>
 */
final class UseCaseTransactions {

    private static final String WRITES = "register, log, importRuns, update, delete";
    private static final List<String> WRITING_METHODS = List.of(WRITES.split(", "));

    private final TransactionInterceptor interceptor;

    UseCaseTransactions(TransactionManager transactionManager) {
        NameMatchTransactionAttributeSource writes = new NameMatchTransactionAttributeSource();
        // Required propagation; rolls back on any RuntimeException, the domain's included.
        WRITING_METHODS.forEach(method -> writes.addTransactionalMethod(method, new RuleBasedTransactionAttribute()));
        this.interceptor = new TransactionInterceptor(transactionManager, writes);
    }

    /** The service, as a subclass proxy whose writing methods run in a transaction. */
    @SuppressWarnings("unchecked")
    <T> T wrap(T service) {
        ProxyFactory proxy = new ProxyFactory(service);
        proxy.setProxyTargetClass(true); // a subclass, so the bean is still a UserService / RunService
        proxy.addAdvice(interceptor);
        return (T) proxy.getProxy(service.getClass().getClassLoader());
    }
}

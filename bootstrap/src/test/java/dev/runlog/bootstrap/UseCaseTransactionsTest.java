package dev.runlog.bootstrap;

import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.ImportRunsCommand;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import dev.runlog.domain.service.RunService;
import dev.runlog.domain.service.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where transactions start and end, on the app's real transaction manager and MariaDB. */
class UseCaseTransactionsTest extends RunningAppTest {

    @Autowired
    private TransactionManager transactionManager;
    @Autowired
    private UserRepository users;
    @Autowired
    private RunRepository runs;
    @Autowired
    private UserService wiredUserService;
    @Autowired
    private RunService wiredRunService;

    @Test
    void useCasesOfSeveralStatementsRunInATransaction_andOneStatementOnesDoNot() {
        List<String> calls = new ArrayList<>();
        UserService service = new UseCaseTransactions(transactionManager).wrap(new UserService(recording(users, calls)));

        User alice = service.register(new RegisterUserCommand(UserDetails.of("Alice", "alice@example.com")));
        service.get(alice.id());
        service.list(PageRequest.first());
        service.update(new UpdateUserCommand(alice.id(), UserDetails.of("Alice L.", "alice@example.com"), ExpectedVersion.any()));
        service.delete(new DeleteUserCommand(alice.id(), ExpectedVersion.any()));

        assertThat(calls).containsExactly(
                "add without one",
                "findWithRunsById without one",
                "findPage without one",
                "update in a transaction",
                "remove in a transaction");
    }

    @Test
    void anUpdateThatFailsAfterWriting_leavesTheUserAsItWas() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        UserRepository failsAfterUpdating = failingAfter("update", UserRepository.class, users);
        UserService service = new UseCaseTransactions(transactionManager).wrap(new UserService(failsAfterUpdating));

        assertThatThrownBy(() -> service.update(new UpdateUserCommand(alice.id(), UserDetails.of("Mallory", "alice@example.com"), ExpectedVersion.any())))
                .hasMessage("fails after update");
        assertThat(users.findWithRunsById(alice.id()).orElseThrow().user()).as("the update was rolled back").isEqualTo(alice);
    }

    @Test
    void anImportThatFailsAfterWritingThreeStatements_leavesNoneOfItsRunsBehind() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        RunRepository failsAfterAddingAll = failingAfter("addAll", RunRepository.class, runs);
        RunService service = new UseCaseTransactions(transactionManager)
                .wrap(new RunService(failsAfterAddingAll, users, Clock.systemUTC()));
        RunBatch batch = new RunBatch(Collections.nCopies(2_500, RunDetails.entered().distance(5.2).mood("Happy").check()));

        assertThatThrownBy(() -> service.importRuns(new ImportRunsCommand(alice.id(), batch))).hasMessage("fails after addAll");
        assertThat(storedRuns()).as("all three inserts were rolled back").isZero();
    }

    @Test
    void theServicesTheControllersGet_areTheTransactionalOnes() {
        assertThat(AopUtils.isAopProxy(wiredUserService)).isTrue();
        assertThat(AopUtils.isAopProxy(wiredRunService)).isTrue();
    }

    /** The repository, throwing after {@code failingMethod} has done its work, as a later step of a use case could. */
    private static <T> T failingAfter(String failingMethod, Class<T> port, T target) {
        return port.cast(Proxy.newProxyInstance(UseCaseTransactionsTest.class.getClassLoader(), new Class<?>[]{port},
                (proxy, method, args) -> {
                    Object result = method.invoke(target, args);
                    if (method.getName().equals(failingMethod)) {
                        throw new IllegalStateException("fails after " + failingMethod);
                    }
                    return result;
                }));
    }

    /** The repository, noting for each call whether a transaction was active. */
    private static UserRepository recording(UserRepository target, List<String> calls) {
        return (UserRepository) Proxy.newProxyInstance(UseCaseTransactionsTest.class.getClassLoader(),
                new Class<?>[]{UserRepository.class}, (proxy, method, args) -> {
                    boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
                    calls.add(method.getName() + (inTransaction ? " in a transaction" : " without one"));
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

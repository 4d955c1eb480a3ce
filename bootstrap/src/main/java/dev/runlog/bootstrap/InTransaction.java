package dev.runlog.bootstrap;

import dev.runlog.domain.model.shared.StoreUnavailableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Runs a piece of work in one database transaction: begun before it, committed when it returns,
 * rolled back when it throws (any RuntimeException, the domain's included). The domain cannot say
 * {@code @Transactional} (it has no dependencies), so {@link UseCaseConfiguration} calls this
 * around each use case of several statements, in plain sight where that use case is wired.
 */
final class InTransaction {

    private final TransactionTemplate template;

    InTransaction(PlatformTransactionManager transactionManager) {
        // The defaults are what a use case needs: join a transaction if one runs, else begin one.
        this.template = new TransactionTemplate(transactionManager);
    }

    /** The work's result, after its transaction has committed. */
    <T> T run(Supplier<T> work) {
        try {
            return template.execute(status -> work.get());
        } catch (CannotCreateTransactionException e) {
            // The database is down before any adapter code ran: say so in the domain's words,
            // so that the web adapter need not know Spring's transaction exceptions.
            throw new StoreUnavailableException(e);
        }
    }

    /** The work, done in one transaction, for use cases that return nothing. */
    void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }
}

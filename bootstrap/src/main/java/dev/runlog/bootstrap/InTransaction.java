package dev.runlog.bootstrap;

import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.persistence.StoreOutages;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
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
        } catch (TransactionSystemException e) {
            // The rollback after the work failed has failed too: the work's own failure says more.
            if (e.getApplicationException() instanceof StoreUnavailableException outage) {
                throw outage;
            }
            throw reportedInTheDomainsWords(e);
        } catch (RuntimeException e) {
            throw reportedInTheDomainsWords(e);
        }
    }

    /**
     * A database out of reach when the transaction begins (before any adapter code runs), commits
     * or rolls back, told as the domain's StoreUnavailableException, so that the web adapter need
     * not know Spring's transaction exceptions; anything else as it is.
     */
    private static RuntimeException reportedInTheDomainsWords(RuntimeException e) {
        if (e instanceof StoreUnavailableException) {
            return e; // the adapter has told it already
        }
        return e instanceof CannotCreateTransactionException || StoreOutages.isUnreachableDatabase(e)
                ? new StoreUnavailableException(e)
                : e;
    }

    /** The work, done in one transaction, for use cases that return nothing. */
    void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }
}

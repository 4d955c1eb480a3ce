package dev.runlog.bootstrap;

import dev.runlog.domain.model.shared.StoreUnavailableException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one outage the persistence adapter cannot report itself: a transaction that cannot begin,
 * because the transaction manager found no database connection. Spring throws it before any of
 * the adapter's code runs, so it is told here, in the domain's words, where transactions begin.
 */
final class TransactionOutages {

    private TransactionOutages() {
    }

    /** What runs a use case in a transaction; {@code E} lets a method interceptor's Throwable through. */
    @FunctionalInterface
    interface Transactional<T, E extends Throwable> {
        T run() throws E;
    }

    /** Runs {@code work}, which begins a transaction, reporting a database it cannot reach as StoreUnavailableException. */
    static <T, E extends Throwable> T reported(Transactional<T, E> work) throws E {
        try {
            return work.run();
        } catch (CannotCreateTransactionException e) {
            throw new StoreUnavailableException(e);
        }
    }
}

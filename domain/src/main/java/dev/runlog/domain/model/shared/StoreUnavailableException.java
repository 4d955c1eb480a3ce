package dev.runlog.domain.model.shared;

/**
 * The place the domain's data is kept cannot be reached right now (a database stopped,
 * restarting, or with no connection free in time). The same request may well succeed in a few
 * seconds. A change that never reached the store was not made; one whose connection was lost
 * on the way may or may not have been. A persistence adapter reports its own outages with this,
 * so that the adapters facing users need not know what the store is.
 */
public class StoreUnavailableException extends RunlogException {

    public StoreUnavailableException(Throwable cause) {
        super("The data store cannot be reached right now.");
        initCause(cause);
    }
}

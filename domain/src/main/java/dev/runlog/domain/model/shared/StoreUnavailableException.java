package dev.runlog.domain.model.shared;

/**
 * The place the domain's data is kept cannot be reached right now (a database stopped,
 * restarting, or with no connection free in time). Nothing was changed, and the same request may
 * well succeed in a few seconds. A persistence adapter reports its own outages with this, so that
 * the adapters facing users need not know what the store is.
 */
public class StoreUnavailableException extends RunlogException {

    public StoreUnavailableException(Throwable cause) {
        super("The data store cannot be reached right now.");
        initCause(cause);
    }
}

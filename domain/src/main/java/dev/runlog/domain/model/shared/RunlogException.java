package dev.runlog.domain.model.shared;

/**
 * Base of every failure the domain reports. Adapters translate these into their own terms
 * (an HTTP status, an exit code, ...); the messages are written to be shown to clients.
 */
public abstract class RunlogException extends RuntimeException {

    protected RunlogException(String message) {
        super(message);
    }
}

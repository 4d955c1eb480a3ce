package dev.runlog.domain.model.access;

import dev.runlog.domain.model.shared.RunlogException;

import java.time.Duration;
import java.util.Objects;

/** This client failed to sign in to this account too often lately; it must wait. */
public class TooManySignInsException extends RunlogException {

    private final Duration retryAfter;

    public TooManySignInsException(Duration retryAfter) {
        super("Too many failed sign-ins for this account from this address; try again in "
                + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

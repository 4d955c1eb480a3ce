package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.InvalidValueException;

/**
 * Identifies a run. The store gives ids when runs are logged; the constructor takes any id it
 * gave, {@link #of} checks an id a client sent.
 *
 * @param value the id as a number
 */
public record RunId(long value) {

    /** An id a client sent: the store gives positive ids only. */
    public static RunId of(long value) {
        if (value <= 0) {
            throw new InvalidValueException("id", "A run id is a positive number.");
        }
        return new RunId(value);
    }
}

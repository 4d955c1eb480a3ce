package dev.runlog.domain.model.user;

import dev.runlog.domain.model.shared.InvalidValueException;

/**
 * Identifies a user. The store gives ids when users are added; the constructor takes any id it
 * gave, {@link #of} checks an id a client sent.
 *
 * @param value the id as a number
 */
public record UserId(long value) {

    /** An id a client sent: the store gives positive ids only. */
    public static UserId of(long value) {
        if (value <= 0) {
            throw new InvalidValueException("id", "A user id is a positive number.");
        }
        return new UserId(value);
    }
}

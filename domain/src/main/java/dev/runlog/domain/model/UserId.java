package dev.runlog.domain.model;

/**
 * Identifies a user. Ids are given by the store when a user is added, and are always positive.
 *
 * @param value the id as a number
 */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new InvalidValueException("id", "A user id is a positive number.");
        }
    }
}

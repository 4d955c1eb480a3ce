package dev.runlog.domain.model;

/**
 * Identifies a run. Ids are given by the store when a run is logged, and are always positive.
 *
 * @param value the id as a number
 */
public record RunId(long value) {

    public RunId {
        if (value <= 0) {
            throw new InvalidValueException("id", "A run id is a positive number.");
        }
    }
}

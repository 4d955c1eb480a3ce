package dev.runlog.domain.model;

/**
 * How many times a stored user or run has been changed: 0 when it is created, one more with
 * every update. A client that read version 3 can ask for its change to apply only if the stored
 * version is still 3, so it never overwrites a change it has not seen.
 *
 * @param value the number of changes so far
 */
public record Version(long value) {

    public Version {
        if (value < 0) {
            throw new IllegalArgumentException("a version is never negative: " + value);
        }
    }

    /** The version of anything just created. */
    public static Version initial() {
        return new Version(0);
    }
}

package dev.runlog.domain.model.shared;

/**
 * How many times a stored user or run has been changed: 0 when it is created, one more with
 * every update. Read as stored: only a store gives versions.
 *
 * @param value the number of changes so far
 */
public record Version(long value) {

    /** The version of anything just created. */
    public static Version initial() {
        return new Version(0);
    }

    /** The version after one more change. */
    public Version next() {
        return new Version(value + 1);
    }
}

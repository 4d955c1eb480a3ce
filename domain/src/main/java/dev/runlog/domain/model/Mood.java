package dev.runlog.domain.model;

import java.util.Optional;

/**
 * How the runner felt, in their own words ("Happy", "Tired 😴"): not blank, at most
 * {@value #MAX_LENGTH} characters. A run may have no mood at all.
 *
 * @param value the mood, exactly as given
 */
public record Mood(String value) {

    public static final int MAX_LENGTH = 50;

    public Mood {
        Text.requireNotBlank("mood", value);
        Text.requireAtMost("mood", value, MAX_LENGTH);
        Text.requirePrintable("mood", value);
    }

    /** A mood from a value that may be missing: null means the runner gave none. */
    public static Optional<Mood> optional(String value) {
        return value == null ? Optional.empty() : Optional.of(new Mood(value));
    }
}

package dev.runlog.domain.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How long a run took: whole seconds, more than none and at most {@value #MAX_HOURS} hours.
 * Written as ISO-8601, such as {@code PT25M30S}.
 *
 * @param value the time taken
 */
public record RunDuration(Duration value) {

    public static final int MAX_HOURS = 72;

    public RunDuration {
        if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofHours(MAX_HOURS)) > 0
                || value.getNano() != 0) {
            throw new InvalidValueException("duration",
                    "duration must be whole seconds, above none and at most " + MAX_HOURS + " hours.");
        }
    }

    /** Reads an ISO-8601 duration such as {@code PT25M30S}. */
    public static RunDuration parse(String text) {
        try {
            return new RunDuration(Duration.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("duration", "duration must be an ISO-8601 duration such as PT25M30S.");
        }
    }

    /** A duration of this many seconds, as stored. */
    public static RunDuration ofSeconds(long seconds) {
        return new RunDuration(Duration.ofSeconds(seconds));
    }
}

package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.InvalidValueException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long a run took. The constructor rebuilds a stored duration as it is; {@link #parse} checks
 * a new one, written as ISO-8601 ({@code PT25M30S}): whole seconds, more than none and at most
 * {@value #MAX_HOURS} hours.
 *
 * @param value the time taken
 */
public record RunDuration(Duration value) {

    /** The longest run anyone logs: three days and nights of an ultra. */
    public static final int MAX_HOURS = 72;

    public RunDuration {
        Objects.requireNonNull(value, "value");
    }

    /** A duration a client sent, checked. */
    public static RunDuration parse(String text) {
        Duration value;
        try {
            value = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("duration", "duration must be an ISO-8601 duration such as PT25M30S.");
        }
        if (value.isNegative()
                || value.isZero()
                || value.compareTo(Duration.ofHours(MAX_HOURS)) > 0
                || value.getNano() != 0) {
            throw new InvalidValueException(
                    "duration", "duration must be whole seconds, above none and at most " + MAX_HOURS + " hours.");
        }
        return new RunDuration(value);
    }

    /** A duration of this many seconds, as stored. */
    public static RunDuration ofSeconds(long seconds) {
        return new RunDuration(Duration.ofSeconds(seconds));
    }
}

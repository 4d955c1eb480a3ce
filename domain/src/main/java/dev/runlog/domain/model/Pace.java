package dev.runlog.domain.model;

import java.time.Duration;

/**
 * Time per mile, to the nearest second: what a runner compares between runs. Derived from a
 * run's duration and distance, never stored.
 *
 * @param perMile the time each mile took, on average
 */
public record Pace(Duration perMile) {

    /** The pace of covering {@code distance} in {@code duration}. */
    public static Pace of(RunDuration duration, Distance distance) {
        return ofSecondsPerMile(duration.value().getSeconds() / distance.miles());
    }

    /** The pace of this many seconds per mile, rounded to the second. */
    public static Pace ofSecondsPerMile(double secondsPerMile) {
        return new Pace(Duration.ofSeconds(Math.round(secondsPerMile)));
    }
}

package dev.runlog.domain.model.run;

import java.time.Duration;
import java.util.Optional;

/**
 * Time per mile, to the nearest second: what a runner compares between runs. Derived from a
 * run's duration and distance, never stored.
 *
 * @param perMile the time each mile took, on average
 */
public record Pace(Duration perMile) implements Comparable<Pace> {

    /** The pace of covering {@code distance} in {@code duration}: none for a run that went nowhere. */
    public static Optional<Pace> of(RunDuration duration, Distance distance) {
        if (!distance.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(ofSecondsPerMile(duration.value().getSeconds() / distance.miles()));
    }

    /**
     * The pace of this many seconds per mile, rounded to the second: for a store that computes
     * {@code seconds / miles} itself (as {@link #of} does).
     */
    public static Pace ofSecondsPerMile(double secondsPerMile) {
        return new Pace(Duration.ofSeconds(Math.round(secondsPerMile)));
    }

    /**
     * Time per {@code unit}: per mile as kept; per kilometre, the pace per mile converted, to the
     * nearest second (so it may differ by a second from a run's time over its kilometres).
     */
    public Duration per(DistanceUnit unit) {
        double secondsPerUnit = perMile.getSeconds() / unit.fromMiles(1);
        return unit == DistanceUnit.MILES ? perMile : Duration.ofSeconds(Math.round(secondsPerUnit));
    }

    /** Faster is less. */
    @Override
    public int compareTo(Pace other) {
        return perMile.compareTo(other.perMile);
    }
}

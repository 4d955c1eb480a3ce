package dev.runlog.domain.model.run;

import java.time.Duration;
import java.util.Objects;

/**
 * A runner's best at a standard distance: the run with the fastest pace among those at least that
 * long, and the time that pace gives over the distance. The time is projected when the run was
 * longer than the distance, and says so.
 *
 * @param distance  the standard distance
 * @param run       the run that holds the record
 * @param time      the run's pace over the standard distance, to the second
 * @param projected whether the run was longer, so the time is its pace's, not a time it ran
 */
public record DistanceRecord(StandardDistance distance, Run run, Duration time, boolean projected) {

    public DistanceRecord {
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(time, "time");
    }
}

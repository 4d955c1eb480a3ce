package dev.runlog.domain.model.run;

import java.util.Objects;
import java.util.Optional;

/**
 * Some of one user's runs added up: runs whose moods are spelled exactly alike (or that have
 * none). It is what a store can sum without sending every run, and all that {@link RunStats}
 * needs: a store may tally each run alone ({@link #of}) or group them first, and the stats come
 * out the same (the sums of miles up to the rounding of adding doubles in another order).
 *
 * @param mood         the mood of these runs, spelled as stored
 * @param firstRun     the earliest of these runs (the lowest id)
 * @param runs         how many runs; a store leaves out tallies of none
 * @param totalMiles   their distances added up
 * @param longestMiles the longest of them
 * @param bestPace     the fastest pace among those with one
 */
public record RunTally(
        Optional<Mood> mood,
        RunId firstRun,
        long runs,
        double totalMiles,
        double longestMiles,
        Optional<Pace> bestPace) {

    public RunTally {
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(firstRun, "firstRun");
        Objects.requireNonNull(bestPace, "bestPace");
    }

    /** One run, alone. */
    public static RunTally of(Run run) {
        double miles = run.distance().miles();
        return new RunTally(run.mood(), run.id(), 1, miles, miles, run.pace());
    }
}

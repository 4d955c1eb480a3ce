package dev.runlog.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's running, summed up. For a user who has logged nothing: no runs, 0 miles, and no
 * average, longest run or best pace, rather than made-up zeros.
 *
 * @param runs         how many runs
 * @param totalMiles   how far, all runs together
 * @param averageMiles how far a run went on average, if any run was logged
 * @param longestMiles the longest run, if any
 * @param bestPace     the fastest time per mile among the runs with a duration, if any
 * @param moods        how many runs with each mood, most frequent first
 */
public record RunStats(long runs, double totalMiles, Optional<Double> averageMiles, Optional<Double> longestMiles,
                       Optional<Pace> bestPace, List<MoodCount> moods) {

    public RunStats {
        Objects.requireNonNull(averageMiles, "averageMiles");
        Objects.requireNonNull(longestMiles, "longestMiles");
        Objects.requireNonNull(bestPace, "bestPace");
        moods = List.copyOf(moods);
    }
}

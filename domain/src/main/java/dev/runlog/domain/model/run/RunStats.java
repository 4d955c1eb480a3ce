package dev.runlog.domain.model.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's running, summed up. For a user who has logged nothing: no runs, 0 miles, and no
 * average, longest run or best pace, rather than made-up zeros. The rules are {@link #of} and
 * {@link #fromTallies}; every store's stats are these.
 *
 * @param runs         how many runs
 * @param totalMiles   how far, all runs together
 * @param averageMiles how far a run went on average, if any run was logged
 * @param longestMiles the longest run, if any
 * @param bestPace     the fastest time per mile among the runs with a pace, if any
 * @param moods        how many runs with each mood, the same mood ignoring case; most runs first,
 *                     equal counts in the order their moods were first logged, each spelled as it
 *                     was first logged
 */
public record RunStats(
        long runs,
        double totalMiles,
        Optional<Double> averageMiles,
        Optional<Double> longestMiles,
        Optional<Pace> bestPace,
        List<MoodCount> moods) {

    public RunStats {
        Objects.requireNonNull(averageMiles, "averageMiles");
        Objects.requireNonNull(longestMiles, "longestMiles");
        Objects.requireNonNull(bestPace, "bestPace");
        moods = List.copyOf(moods);
    }

    /** The stats of these runs. */
    public static RunStats of(List<Run> runs) {
        return fromTallies(runs.stream().map(RunTally::of).toList());
    }

    /**
     * The stats of the runs these tallies add up, in any grouping and any order: the same, but
     * for the last digits of the sums of miles, which depend on the order doubles are added in.
     */
    public static RunStats fromTallies(List<RunTally> tallies) {
        long runs = 0;
        double totalMiles = 0;
        double longestMiles = Double.NEGATIVE_INFINITY;
        for (RunTally tally : tallies) {
            runs += tally.runs();
            totalMiles += tally.totalMiles();
            longestMiles = Math.max(longestMiles, tally.longestMiles());
        }
        if (runs == 0) {
            return new RunStats(0, 0, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
        return new RunStats(
                runs,
                totalMiles,
                Optional.of(totalMiles / runs),
                Optional.of(longestMiles),
                tallies.stream().flatMap(tally -> tally.bestPace().stream()).min(Comparator.naturalOrder()),
                moodCounts(tallies));
    }

    /** Runs per mood, the same mood ignoring case ({@link Mood#isSameMoodAs}). */
    private static List<MoodCount> moodCounts(List<RunTally> tallies) {
        List<RunTally> byFirstRun = new ArrayList<>(tallies);
        byFirstRun.sort(Comparator.comparingLong(tally -> tally.firstRun().value()));
        Map<Optional<String>, MoodCount> counts = new LinkedHashMap<>(); // in the order first logged
        for (RunTally tally : byFirstRun) {
            Optional<String> sameMood = tally.mood().map(Mood::caseless);
            MoodCount sofar = counts.getOrDefault(sameMood, new MoodCount(tally.mood(), 0));
            counts.put(sameMood, new MoodCount(sofar.mood(), sofar.runs() + tally.runs()));
        }
        List<MoodCount> mostFirst = new ArrayList<>(counts.values());
        mostFirst.sort(Comparator.comparingLong(MoodCount::runs).reversed()); // stable: ties stay in first-logged order
        return mostFirst;
    }
}

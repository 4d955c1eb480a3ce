package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.MoodCount;
import dev.runlog.domain.model.run.Pace;
import dev.runlog.domain.model.run.RunStats;

import java.util.List;
import java.util.Optional;

/**
 * One row of the stats statement: the totals of a user's runs come first, then one row per mood
 * with its count. Filled by MyBatis by reflection.
 */
public class StatsRow {

    private String mood;
    private long runs;
    private Double totalMiles;
    private Double averageMiles;
    private Double longestMiles;
    private Double bestSecondsPerMile;

    /**
     * For MyBatis. Public on purpose: MyBatis first calls a constructor without making it
     * accessible, and a private one throws (and MyBatis catches) an exception for every row
     * read, a measured 7% of the time to read a user with 1,000 runs (docs/benchmarks.md).
     */
    public StatsRow() {
    }

    /**
     * The stats from all rows of the statement: the totals row first, then one per mood. No rows
     * at all means there is no such user.
     */
    public static Optional<RunStats> toStats(List<StatsRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StatsRow totals = rows.get(0);
        List<MoodCount> moods = rows.subList(1, rows.size()).stream()
                .map(row -> new MoodCount(Mood.optional(row.mood), row.runs))
                .toList();
        return Optional.of(new RunStats(totals.runs, totals.totalMiles, Optional.ofNullable(totals.averageMiles),
                Optional.ofNullable(totals.longestMiles),
                Optional.ofNullable(totals.bestSecondsPerMile).map(Pace::ofSecondsPerMile), moods));
    }
}

package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.Pace;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunTally;

import java.util.List;
import java.util.Optional;

/**
 * One row of the tallies statement: a user's runs of one mood, spelled exactly alike, added up
 * by MariaDB. Filled by MyBatis by reflection.
 */
public class TallyRow {

    private String mood;
    private Long firstRunId;
    private long runs;
    private Double totalMiles;
    private Double longestMiles;
    private Double bestSecondsPerMile;

    /**
     * For MyBatis. Public on purpose: MyBatis first calls a constructor without making it
     * accessible, and a private one throws (and MyBatis catches) an exception for every row
     * read, a measured 7% of the time to read a user with 1,000 runs (docs/benchmarks.md).
     */
    public TallyRow() {}

    /**
     * The tallies from all rows of the statement. No rows at all means there is no such user; a
     * user without runs has one row that counts none.
     */
    public static Optional<List<RunTally>> toTallies(List<TallyRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                rows.stream().filter(row -> row.runs > 0).map(TallyRow::toTally).toList());
    }

    private RunTally toTally() {
        // seconds / miles, as Pace.of computes it, minimised by MariaDB before rounding: the same pace.
        Optional<Pace> bestPace = Optional.ofNullable(bestSecondsPerMile).map(Pace::ofSecondsPerMile);
        return new RunTally(Mood.stored(mood), new RunId(firstRunId), runs, totalMiles, longestMiles, bestPace);
    }
}

package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.RunId;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the day tallies statement: a user's runs of one day, added up by MariaDB. Filled by
 * MyBatis by reflection.
 */
public class DayTallyRow {

    /** Null for a stored date that names no day (2024-00-00), which reads as undated. */
    private LocalDate date;

    private long runs;
    private double totalMiles;
    private long timedRuns;
    private long totalSeconds;
    private double pacedMiles;
    private long pacedSeconds;
    private long longestRunId;
    private double longestMiles;

    /**
     * For MyBatis. Public on purpose: MyBatis first calls a constructor without making it
     * accessible, and a private one throws (and MyBatis catches) an exception for every row
     * read, a measured 7% of the time to read a user with 1,000 runs (docs/benchmarks.md).
     */
    public DayTallyRow() {}

    /**
     * The tallies of every row that names a day. A date no day has can still lie between two real
     * ones for MariaDB (2024-00-00 is after 2023-12-31), but its runs read as undated everywhere
     * else, and an undated run is in no period.
     */
    public static List<DayTally> toTallies(List<DayTallyRow> rows) {
        return rows.stream()
                .filter(row -> row.date != null)
                .map(DayTallyRow::toTally)
                .toList();
    }

    private DayTally toTally() {
        return new DayTally(
                date,
                runs,
                totalMiles,
                timedRuns,
                totalSeconds,
                pacedMiles,
                pacedSeconds,
                new RunId(longestRunId),
                longestMiles);
    }
}

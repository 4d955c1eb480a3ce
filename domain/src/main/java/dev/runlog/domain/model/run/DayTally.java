package dev.runlog.domain.model.run;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Some of one user's runs on one day, added up: what a store can sum without sending the runs, and
 * all that {@link PeriodSummary} needs. A store may tally each run alone ({@link #of}) or a whole
 * day's runs at once; the summaries come out the same (the sums of miles up to the rounding of
 * adding doubles in another order).
 *
 * @param date         the day
 * @param runs         how many runs; a store leaves out tallies of none
 * @param totalMiles   their distances added up
 * @param timedRuns    how many of them have a duration
 * @param totalSeconds the durations added up
 * @param pacedMiles   the distances of the runs that have a pace (a duration and a distance above 0)
 * @param pacedSeconds the durations of those runs
 * @param longestRun   the longest of them: the most miles, the earliest logged (lowest id) of equals
 * @param longestMiles its distance
 */
public record DayTally(
        LocalDate date,
        long runs,
        double totalMiles,
        long timedRuns,
        long totalSeconds,
        double pacedMiles,
        long pacedSeconds,
        RunId longestRun,
        double longestMiles) {

    public DayTally {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(longestRun, "longestRun");
    }

    /** One dated run, alone; none for a run without a date, which is in no period. */
    public static Optional<DayTally> of(Run run) {
        if (run.date().isEmpty()) {
            return Optional.empty();
        }
        double miles = run.distance().miles();
        long seconds = run.duration().map(known -> known.value().getSeconds()).orElse(0L);
        boolean paced = run.pace().isPresent();
        return Optional.of(new DayTally(
                run.date().get(),
                1,
                miles,
                run.duration().isPresent() ? 1 : 0,
                seconds,
                paced ? miles : 0,
                paced ? seconds : 0,
                run.id(),
                miles));
    }

    /** Whether this tally's run is longer than {@code other}'s: more miles, or as many and logged earlier. */
    boolean hasLongerRunThan(DayTally other) {
        int byMiles = Double.compare(longestMiles, other.longestMiles);
        return byMiles > 0 || (byMiles == 0 && longestRun.value() < other.longestRun.value());
    }
}

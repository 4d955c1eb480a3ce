package dev.runlog.domain.model.run;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One period of a runner's running, added up. A period without runs has zeros and no averages
 * or longest run, so a chart can plot it without a gap.
 *
 * @param first           the period's first day
 * @param last            its last day
 * @param runs            how many runs are dated in it
 * @param totalDistance   their distances added up
 * @param totalDuration   their durations added up (runs without one count nothing)
 * @param averageDuration the total duration over the runs that have one, to the second, if any has
 * @param averagePace     the time of the runs with a pace over their distance, if any has one
 * @param longestRun      the longest run, if any: the earliest logged of equally long ones
 * @param longestDistance its distance; zero without runs
 */
public record PeriodSummary(
        LocalDate first,
        LocalDate last,
        long runs,
        Distance totalDistance,
        Duration totalDuration,
        Optional<Duration> averageDuration,
        Optional<Pace> averagePace,
        Optional<RunId> longestRun,
        Distance longestDistance) {

    public PeriodSummary {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(totalDistance, "totalDistance");
        Objects.requireNonNull(totalDuration, "totalDuration");
        Objects.requireNonNull(averageDuration, "averageDuration");
        Objects.requireNonNull(averagePace, "averagePace");
        Objects.requireNonNull(longestRun, "longestRun");
        Objects.requireNonNull(longestDistance, "longestDistance");
    }

    /**
     * The summary of the days from {@code first} to {@code last}: the rule every store's summaries
     * follow. Tallies of other days are left out, so any superset may be given.
     */
    public static PeriodSummary of(LocalDate first, LocalDate last, List<DayTally> tallies) {
        long runs = 0;
        double totalMiles = 0;
        long timedRuns = 0;
        long totalSeconds = 0;
        double pacedMiles = 0;
        long pacedSeconds = 0;
        DayTally longest = null;
        for (DayTally tally : tallies) {
            if (tally.date().isBefore(first) || tally.date().isAfter(last)) {
                continue;
            }
            runs += tally.runs();
            totalMiles += tally.totalMiles();
            timedRuns += tally.timedRuns();
            totalSeconds += tally.totalSeconds();
            pacedMiles += tally.pacedMiles();
            pacedSeconds += tally.pacedSeconds();
            if (longest == null || tally.hasLongerRunThan(longest)) {
                longest = tally;
            }
        }
        return new PeriodSummary(
                first,
                last,
                runs,
                new Distance(totalMiles),
                Duration.ofSeconds(totalSeconds),
                timedRuns == 0
                        ? Optional.empty()
                        : Optional.of(Duration.ofSeconds(Math.round((double) totalSeconds / timedRuns))),
                pacedMiles > 0 ? Optional.of(Pace.ofSecondsPerMile(pacedSeconds / pacedMiles)) : Optional.empty(),
                Optional.ofNullable(longest).map(DayTally::longestRun),
                new Distance(longest == null ? 0 : longest.longestMiles()));
    }
}

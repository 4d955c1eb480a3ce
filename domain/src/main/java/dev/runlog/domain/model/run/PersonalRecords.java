package dev.runlog.domain.model.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A runner's bests, each naming its run. Records are worked out from the runs as they are now,
 * so deleting or correcting a record-holding run moves the record. Of runs that tie, the one
 * logged first (the lowest id) holds it.
 *
 * @param unit            the unit to show distances and paces in
 * @param longestRun      the run that went furthest
 * @param longestDuration the run that took longest
 * @param bestPace        the fastest run of at least {@link #BEST_PACE_FROM} with a duration
 * @param distances       for each standard distance some run was at least as long as, its record
 */
public record PersonalRecords(
        DistanceUnit unit,
        Optional<Run> longestRun,
        Optional<Run> longestDuration,
        Optional<Run> bestPace,
        List<DistanceRecord> distances) {

    /** The shortest run whose pace counts as a record: a sprint to the bus is not. */
    public static final Distance BEST_PACE_FROM = new Distance(1);

    public PersonalRecords {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(longestRun, "longestRun");
        Objects.requireNonNull(longestDuration, "longestDuration");
        Objects.requireNonNull(bestPace, "bestPace");
        distances = List.copyOf(distances);
    }

    /**
     * The records among these runs: the rule every store's records follow. A store may pass only
     * the runs that hold a record, or more: the records are the same.
     */
    public static PersonalRecords of(List<Run> runs, DistanceUnit unit) {
        Comparator<Run> firstLogged = Comparator.comparingLong(run -> run.id().value());
        Optional<Run> longestRun = runs.stream()
                .filter(run -> run.distance().isPositive())
                .min(Comparator.comparingDouble((Run run) -> run.distance().miles())
                        .reversed()
                        .thenComparing(firstLogged));
        Optional<Run> longestDuration = runs.stream()
                .filter(run -> run.duration().isPresent())
                .min(Comparator.comparing((Run run) -> run.duration().get().value())
                        .reversed()
                        .thenComparing(firstLogged));
        Optional<Run> bestPace = fastest(runs, atLeast(BEST_PACE_FROM));
        List<DistanceRecord> distances = new ArrayList<>();
        for (StandardDistance standard : StandardDistance.values()) {
            fastest(runs, atLeast(standard.distance())).ifPresent(run -> distances.add(recordAt(standard, run)));
        }
        return new PersonalRecords(unit, longestRun, longestDuration, bestPace, distances);
    }

    /** The run with the least time per mile, exactly (not to the second), among those that qualify. */
    private static Optional<Run> fastest(List<Run> runs, Predicate<Run> qualifies) {
        return runs.stream()
                .filter(run -> run.duration().isPresent() && run.distance().isPositive())
                .filter(qualifies)
                .min(Comparator.comparingDouble(PersonalRecords::secondsPerMile)
                        .thenComparingLong(run -> run.id().value()));
    }

    private static Predicate<Run> atLeast(Distance distance) {
        return run -> run.distance().miles() >= distance.miles();
    }

    /** Seconds over miles, as a store computes {@code duration_seconds / distance}. */
    public static double secondsPerMile(Run run) {
        return run.duration().orElseThrow().value().getSeconds()
                / run.distance().miles();
    }

    private static DistanceRecord recordAt(StandardDistance standard, Run run) {
        double miles = standard.distance().miles();
        Duration time = Duration.ofSeconds(Math.round(secondsPerMile(run) * miles));
        return new DistanceRecord(standard, run, time, run.distance().miles() > miles);
    }
}

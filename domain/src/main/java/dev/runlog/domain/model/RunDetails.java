package dev.runlog.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run is, apart from identity and owner: the values given to log a run or to change one.
 *
 * @param distance how far the run went
 * @param mood     how the runner felt, if they said
 * @param date     the day of the run; runs logged before Runlog kept dates have none
 * @param duration how long it took, if the runner said
 */
public record RunDetails(Distance distance, Optional<Mood> mood, Optional<LocalDate> date,
                         Optional<RunDuration> duration) {

    public RunDetails {
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(duration, "duration");
    }

    /** Distance and mood only, as the tutorial logged runs. */
    public static RunDetails of(Double distance, String mood) {
        return of(distance, mood, null, null);
    }

    /**
     * Checks the raw values and reports every bad one at once. A null mood, date or duration
     * means none was given; the date is ISO-8601 ({@code 2026-11-24}), the duration too
     * ({@code PT25M30S}).
     */
    public static RunDetails of(Double distance, String mood, String date, String duration) {
        FieldChecks checks = new FieldChecks();
        Distance checkedDistance = checks.check(() -> Distance.ofMiles(distance));
        Optional<Mood> checkedMood = checks.check(() -> Mood.optional(mood));
        Optional<LocalDate> checkedDate = checks.check(() -> Optional.ofNullable(date).map(text -> IsoDates.parse("date", text)));
        Optional<RunDuration> checkedDuration = checks.check(() -> Optional.ofNullable(duration).map(RunDuration::parse));
        checks.throwIfAnyFailed();
        return new RunDetails(checkedDistance, checkedMood, checkedDate, checkedDuration);
    }

    /** These details, dated {@code today} if they have no date: a run is logged for today unless told otherwise. */
    public RunDetails datedIfUndated(LocalDate today) {
        return date.isPresent() ? this : new RunDetails(distance, mood, Optional.of(today), duration);
    }

    /** The pace, when the duration is known. */
    public Optional<Pace> pace() {
        return duration.map(known -> Pace.of(known, distance));
    }
}

package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.FieldChecks;
import dev.runlog.domain.model.shared.IsoDates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run is, apart from identity and owner: the values given to log a run or to change one.
 * The constructor rebuilds stored details as they are; {@link #entered()} checks what a runner
 * entered.
 *
 * @param distance how far the run went
 * @param mood     how the runner felt, if they said
 * @param date     the day of the run; runs logged before Runlog kept dates have none
 * @param duration how long it took, if the runner said
 */
public record RunDetails(
        Distance distance, Optional<Mood> mood, Optional<LocalDate> date, Optional<RunDuration> duration) {

    public RunDetails {
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * Starts checking what a runner entered, one named field at a time:
     * {@code RunDetails.entered().distance(5.2).mood("Happy").date("2026-11-24").check()}.
     */
    public static Entered entered() {
        return new Entered();
    }

    /** These details, dated {@code today} if they have no date: a run is logged for today unless told otherwise. */
    public RunDetails datedIfUndated(LocalDate today) {
        return date.isPresent() ? this : new RunDetails(distance, mood, Optional.of(today), duration);
    }

    /** The pace, when the duration is known and the run went some distance. */
    public Optional<Pace> pace() {
        return duration.flatMap(known -> Pace.of(known, distance));
    }

    /**
     * A run's fields as a runner entered them, unchecked: null for a field left out; the date as
     * ISO-8601 ({@code 2026-11-24}), the duration too ({@code PT25M30S}). {@link #check()} checks
     * them all and reports every bad one at once.
     */
    public static final class Entered {

        private Double distance;
        private String mood;
        private String date;
        private String duration;

        private Entered() {}

        /** Miles; required. */
        public Entered distance(Double miles) {
            this.distance = miles;
            return this;
        }

        /** Optional. */
        public Entered mood(String mood) {
            this.mood = mood;
            return this;
        }

        /** Optional; today when left out. */
        public Entered date(String date) {
            this.date = date;
            return this;
        }

        /** Optional. */
        public Entered duration(String duration) {
            this.duration = duration;
            return this;
        }

        /** The details, if every field is valid; else every violation at once. */
        public RunDetails check() {
            FieldChecks checks = new FieldChecks();
            Distance checkedDistance = checks.check(() -> Distance.ofMiles(distance));
            Optional<Mood> checkedMood = checks.check(() -> Mood.optional(mood));
            Optional<LocalDate> checkedDate =
                    checks.check(() -> Optional.ofNullable(date).map(text -> IsoDates.parse("date", text)));
            Optional<RunDuration> checkedDuration =
                    checks.check(() -> Optional.ofNullable(duration).map(RunDuration::parse));
            checks.throwIfAnyFailed();
            return new RunDetails(checkedDistance, checkedMood, checkedDate, checkedDuration);
        }
    }
}

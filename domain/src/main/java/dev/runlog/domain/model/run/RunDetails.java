package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.FieldChecks;
import dev.runlog.domain.model.shared.IsoDates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * @param unit     the unit the runner entered the distance in, and reads it back in
 * @param start    when the run started, if the runner said; its local date is the run's date
 */
public record RunDetails(
        Distance distance,
        Optional<Mood> mood,
        Optional<LocalDate> date,
        Optional<RunDuration> duration,
        DistanceUnit unit,
        Optional<RunStart> start) {

    public RunDetails {
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
    }

    /** Details as the tutorial knew them: entered in miles, with no start time. */
    public RunDetails(
            Distance distance, Optional<Mood> mood, Optional<LocalDate> date, Optional<RunDuration> duration) {
        this(distance, mood, date, duration, DistanceUnit.MILES, Optional.empty());
    }

    /**
     * Starts checking what a runner entered, one named field at a time:
     * {@code RunDetails.entered().distance(5.2).mood("Happy").date("2026-11-24").check()}.
     */
    public static Entered entered() {
        return new Entered();
    }

    /**
     * Whether these details need the runner's time zone to be complete: a run logged without a
     * date is dated today where the runner is, and a start without an offset is in their zone.
     */
    public boolean needsRunnersZone() {
        return date.isEmpty() || start.filter(RunStart::isFloating).isPresent();
    }

    /**
     * These details completed in the runner's zone: dated today there if they have no date, and a
     * start without an offset placed in that zone.
     *
     * @throws dev.runlog.domain.model.shared.InvalidValueException if the start does not exist in
     *     that zone (the clocks went forward past it)
     */
    public RunDetails completedIn(ZoneId runnersZone, Clock clock) {
        Optional<RunStart> zonedStart = start.map(known -> known.inZone(runnersZone));
        Optional<LocalDate> knownDate =
                date.isPresent() ? date : Optional.of(LocalDate.now(clock.withZone(runnersZone)));
        return new RunDetails(distance, mood, knownDate, duration, unit, zonedStart);
    }

    /** The pace, when the duration is known and the run went some distance. */
    public Optional<Pace> pace() {
        return duration.flatMap(known -> Pace.of(known, distance));
    }

    /**
     * A run's fields as a runner entered them, unchecked: null for a field left out; the date as
     * ISO-8601 ({@code 2026-11-24}), the duration too ({@code PT25M30S}), the start as an ISO-8601
     * date and time with or without an offset ({@code 2026-11-24T07:30:00+01:00}). {@link #check()}
     * checks them all and reports every bad one at once.
     */
    public static final class Entered {

        private Double distance;
        private String unit;
        private String mood;
        private String date;
        private String duration;
        private String start;
        private String zone;

        private Entered() {}

        /** In {@link #unit}; required. */
        public Entered distance(Double distance) {
            this.distance = distance;
            return this;
        }

        /** {@code mi} or {@code km}; miles when left out. */
        public Entered unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Optional. */
        public Entered mood(String mood) {
            this.mood = mood;
            return this;
        }

        /** Optional; the start's date when there is a start, else today when left out. */
        public Entered date(String date) {
            this.date = date;
            return this;
        }

        /** Optional. */
        public Entered duration(String duration) {
            this.duration = duration;
            return this;
        }

        /** Optional; without an offset or a {@link #zone}, in the runner's zone. */
        public Entered start(String start) {
            this.start = start;
            return this;
        }

        /** Optional, with a start only: an IANA time zone such as {@code Europe/Paris}. */
        public Entered zone(String zone) {
            this.zone = zone;
            return this;
        }

        /** The details, if every field is valid; else every violation at once. */
        public RunDetails check() {
            FieldChecks checks = new FieldChecks();
            DistanceUnit checkedUnit =
                    checks.check(() -> unit == null ? DistanceUnit.MILES : DistanceUnit.parse("unit", unit));
            Distance checkedDistance =
                    checks.check(() -> Distance.of(distance, checkedUnit == null ? DistanceUnit.MILES : checkedUnit));
            Optional<Mood> checkedMood = checks.check(() -> Mood.optional(mood));
            Optional<LocalDate> checkedDate =
                    checks.check(() -> Optional.ofNullable(date).map(text -> IsoDates.parse("date", text)));
            Optional<RunDuration> checkedDuration =
                    checks.check(() -> Optional.ofNullable(duration).map(RunDuration::parse));
            checks.require(start != null || zone == null, "zone", "zone is the start's: give a start with it.");
            Optional<RunStart> checkedStart =
                    checks.check(() -> Optional.ofNullable(start).map(text -> RunStart.entered(text, zone)));
            if (checkedStart != null && checkedStart.isPresent() && checkedDate != null && checkedDate.isPresent()) {
                LocalDate startDate = checkedStart.get().date();
                checks.require(
                        checkedDate.get().equals(startDate),
                        "date",
                        "date must be the start's date, " + startDate + ", or left out.");
            }
            checks.throwIfAnyFailed();
            Optional<LocalDate> knownDate = checkedDate.isPresent() ? checkedDate : checkedStart.map(RunStart::date);
            return new RunDetails(checkedDistance, checkedMood, knownDate, checkedDuration, checkedUnit, checkedStart);
        }
    }
}

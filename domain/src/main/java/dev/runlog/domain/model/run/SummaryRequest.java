package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.FieldChecks;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.IsoDates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which summaries a runner asks for: by week, month or year, the periods that hold the days from
 * {@code from} to {@code to}, at most {@code limit} of them, in a unit. Every part may be left out:
 * weeks, the {@value #DEFAULT_PERIODS} periods up to today, the runner's unit.
 *
 * @param period how to group the runs
 * @param from   a day in the first period, if given
 * @param to     a day in the last period, if given; today where the runner is if not
 * @param unit   the unit to answer in, if not the runner's own
 * @param limit  how many periods at most, from 1 to {@value #MAX_LIMIT}; the answer says where the
 *               next ones start
 */
public record SummaryRequest(
        CalendarPeriod period,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<DistanceUnit> unit,
        int limit) {

    /** How many periods a summary covers when no {@code from} is given: a quarter by weeks, a year by months. */
    public static final int DEFAULT_PERIODS = 12;

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public SummaryRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unit, "unit");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidValueException("to", "to must not be before from.");
        }
    }

    /** The summaries of the runner's last {@value #DEFAULT_PERIODS} periods of this kind, in their unit. */
    public static SummaryRequest latest(CalendarPeriod period) {
        return new SummaryRequest(period, Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    /** Checks the raw values a client sent and reports every bad one at once; null means not given. */
    public static SummaryRequest of(String period, String from, String to, String unit, Integer limit) {
        FieldChecks checks = new FieldChecks();
        CalendarPeriod checkedPeriod =
                checks.check(() -> period == null ? CalendarPeriod.WEEK : CalendarPeriod.parse("period", period));
        Optional<LocalDate> checkedFrom =
                checks.check(() -> Optional.ofNullable(from).map(text -> IsoDates.parse("from", text)));
        Optional<LocalDate> checkedTo =
                checks.check(() -> Optional.ofNullable(to).map(text -> IsoDates.parse("to", text)));
        Optional<DistanceUnit> checkedUnit =
                checks.check(() -> Optional.ofNullable(unit).map(symbol -> DistanceUnit.parse("unit", symbol)));
        checks.throwIfAnyFailed();
        return new SummaryRequest(
                checkedPeriod, checkedFrom, checkedTo, checkedUnit, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** The periods this request covers, for a runner whose weeks start on {@code weekStartsOn}, on {@code today}. */
    public SummaryRange rangeFor(DayOfWeek weekStartsOn, LocalDate today) {
        LocalDate lastDay = to.orElse(today);
        LocalDate lastStart = period.startOf(lastDay, weekStartsOn);
        LocalDate firstStart = from.map(day -> period.startOf(day, weekStartsOn))
                .orElseGet(() -> period.plus(lastStart, -(DEFAULT_PERIODS - 1)));
        int count = 0;
        LocalDate start = firstStart;
        while (!start.isAfter(lastStart) && count < limit) {
            count++;
            start = period.next(start);
        }
        Optional<LocalDate> next = start.isAfter(lastStart) ? Optional.empty() : Optional.of(start);
        return new SummaryRange(period, weekStartsOn, firstStart, count, next);
    }
}

package dev.runlog.domain.model.run;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A runner's summaries, period by period, with what a reader needs to show them.
 *
 * @param period       weeks, months or years
 * @param weekStartsOn the first day of the runner's weeks
 * @param timeZone     the runner's time zone, where "today" was taken
 * @param unit         the unit to show distances and paces in
 * @param periods      every period of the range, oldest first
 * @param next         where the next periods start, if the request covers more than its limit
 */
public record Summaries(
        CalendarPeriod period,
        DayOfWeek weekStartsOn,
        ZoneId timeZone,
        DistanceUnit unit,
        List<PeriodSummary> periods,
        Optional<LocalDate> next) {

    public Summaries {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(weekStartsOn, "weekStartsOn");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(unit, "unit");
        periods = List.copyOf(periods);
        Objects.requireNonNull(next, "next");
    }
}

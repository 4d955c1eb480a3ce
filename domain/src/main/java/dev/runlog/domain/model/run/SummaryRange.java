package dev.runlog.domain.model.run;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whole periods in a row: {@code count} weeks, months or years from the one that starts on
 * {@code firstStart}. The rule of summaries is here: each dated run counts in the one period
 * that holds its date, and every period appears, with zeros when it has no runs.
 *
 * @param period       weeks, months or years
 * @param weekStartsOn the first day of a week
 * @param firstStart   the first day of the first period
 * @param count        how many periods, at least one
 * @param next         the first day of the period after the last, if the request covers more
 */
public record SummaryRange(
        CalendarPeriod period, DayOfWeek weekStartsOn, LocalDate firstStart, int count, Optional<LocalDate> next) {

    public SummaryRange {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(weekStartsOn, "weekStartsOn");
        Objects.requireNonNull(firstStart, "firstStart");
        Objects.requireNonNull(next, "next");
        if (count < 1) {
            throw new IllegalArgumentException("a range holds at least one period");
        }
    }

    /** The first day of the first period. */
    public LocalDate firstDay() {
        return firstStart;
    }

    /** The last day of the last period. */
    public LocalDate lastDay() {
        return period.plus(firstStart, count).minusDays(1);
    }

    /** Each period's summary, in order, from tallies of any of the range's days (others are left out). */
    public List<PeriodSummary> summarize(List<DayTally> tallies) {
        Map<LocalDate, List<DayTally>> byPeriod = new TreeMap<>();
        for (DayTally tally : tallies) {
            byPeriod.computeIfAbsent(period.startOf(tally.date(), weekStartsOn), start -> new ArrayList<>())
                    .add(tally);
        }
        List<PeriodSummary> summaries = new ArrayList<>(count);
        LocalDate start = firstStart;
        for (int index = 0; index < count; index++) {
            LocalDate next = period.next(start);
            summaries.add(PeriodSummary.of(start, next.minusDays(1), byPeriod.getOrDefault(start, List.of())));
            start = next;
        }
        return summaries;
    }
}

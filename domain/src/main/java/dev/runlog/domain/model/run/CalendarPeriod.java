package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.InvalidValueException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The calendar periods a summary adds runs up by. A period is whole days of the runner's
 * calendar, so a week that spans a change of the clocks is still seven days, from the first day
 * of the week to the last.
 */
public enum CalendarPeriod {
    WEEK,
    MONTH,
    YEAR;

    /** The period named as clients write it: {@code week}, {@code month} or {@code year}. */
    public static CalendarPeriod parse(String field, String text) {
        for (CalendarPeriod period : values()) {
            if (period.toString().equals(text)) {
                return period;
            }
        }
        throw new InvalidValueException(field, field + " must be \"week\", \"month\" or \"year\".");
    }

    /** The first day of the period that holds {@code day}; weeks start on {@code weekStartsOn}. */
    public LocalDate startOf(LocalDate day, DayOfWeek weekStartsOn) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(weekStartsOn));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the period after the one that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return plus(start, 1);
    }

    /** The first day of the period {@code count} periods after (negative: before) the one starting on {@code start}. */
    public LocalDate plus(LocalDate start, long count) {
        return switch (this) {
            case WEEK -> start.plusWeeks(count);
            case MONTH -> start.plusMonths(count);
            case YEAR -> start.plusYears(count);
        };
    }

    /** As clients write it: {@code week}, {@code month}, {@code year}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.runlog.domain.model.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the ISO-8601 dates clients send, such as 2026-11-24. */
public final class IsoDates {

    /** No run is dated before this day: Runlog logs the runs of living runners. */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    /** The last day that can be stored. */
    public static final LocalDate LAST = StorageLimits.LAST_DATE;

    private IsoDates() {}

    /** The date a client sent for {@code field}, from {@link #FIRST} to {@link #LAST}. */
    public static LocalDate parse(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " must be an ISO-8601 date such as 2026-11-24.");
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidValueException(field, field + " must be a date from " + FIRST + " to " + LAST + ".");
        }
        return date;
    }
}

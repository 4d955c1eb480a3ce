package dev.runlog.domain.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the ISO-8601 dates clients send, such as 2026-11-24, from the year 1900 to 9999 (the
 * most a MariaDB date holds; years like +999999 parse in Java but cannot be stored).
 */
final class IsoDates {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private IsoDates() {
    }

    static LocalDate parse(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " must be an ISO-8601 date such as 2026-11-24.");
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidValueException(field, field + " must be a date from 1900-01-01 to 9999-12-31.");
        }
        return date;
    }
}

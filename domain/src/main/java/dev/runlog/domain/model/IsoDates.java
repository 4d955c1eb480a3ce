package dev.runlog.domain.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the ISO-8601 dates clients send, such as 2026-11-24. */
final class IsoDates {

    private IsoDates() {
    }

    static LocalDate parse(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " must be an ISO-8601 date such as 2026-11-24.");
        }
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.shared.Violation;

/** One bad field of a request, as listed in a problem's {@code errors}. */
public record FieldError(String field, String message) {

    static FieldError from(Violation violation) {
        return new FieldError(violation.field(), violation.message());
    }
}

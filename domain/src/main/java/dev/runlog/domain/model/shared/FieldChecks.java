package dev.runlog.domain.model.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds several values and collects every violation instead of stopping at the first, so one
 * rejected request tells the client about all of its bad fields.
 */
public final class FieldChecks {

    private final List<Violation> violations = new ArrayList<>();

    /** Builds a value; if it is invalid, remembers why and returns null. */
    public <T> T check(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /** Remembers a violation of {@code field} unless the condition holds. */
    public void require(boolean condition, String field, String message) {
        if (!condition) {
            violations.add(new Violation(field, message));
        }
    }

    public void throwIfAnyFailed() {
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }
}

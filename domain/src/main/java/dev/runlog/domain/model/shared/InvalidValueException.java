package dev.runlog.domain.model.shared;

import java.util.List;

/**
 * One or more values broke a rule of the domain. Carries every violation found, not only the
 * first, so a client can fix all of its fields at once.
 */
public class InvalidValueException extends RunlogException {

    private final List<Violation> violations;

    public InvalidValueException(List<Violation> violations) {
        super(summary(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** A single violation of one field. */
    public InvalidValueException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    /** Every violation found, in the order the fields were checked. */
    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.size() == 1 ? violations.get(0).message() : violations.size() + " values are invalid";
    }
}

package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.FieldChecks;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.IsoDates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which runs a list shows: those dated from {@code from} to {@code to} (both included), with this
 * mood (ignoring case). Each part is optional; runs without a date match only when no dates are
 * asked for.
 *
 * @param from the first day, if any
 * @param to   the last day, if any
 * @param mood the mood, if any
 */
public record RunFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<Mood> mood) {

    /** Every run. */
    public static final RunFilter ALL = new RunFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public RunFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mood, "mood");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidValueException("to", "to must not be before from.");
        }
    }

    /** Checks the raw values (ISO-8601 dates, a mood) and reports every bad one at once; null means not given. */
    public static RunFilter of(String from, String to, String mood) {
        FieldChecks checks = new FieldChecks();
        Optional<LocalDate> checkedFrom =
                checks.check(() -> Optional.ofNullable(from).map(text -> IsoDates.parse("from", text)));
        Optional<LocalDate> checkedTo =
                checks.check(() -> Optional.ofNullable(to).map(text -> IsoDates.parse("to", text)));
        Optional<Mood> checkedMood = checks.check(() -> Mood.optional(mood));
        checks.throwIfAnyFailed();
        return new RunFilter(checkedFrom, checkedTo, checkedMood);
    }

    /** Whether the run is one this filter shows. */
    public boolean matches(Run run) {
        boolean afterFrom = from.isEmpty()
                || run.date().filter(date -> !date.isBefore(from.get())).isPresent();
        boolean beforeTo = to.isEmpty()
                || run.date().filter(date -> !date.isAfter(to.get())).isPresent();
        boolean sameMood = mood.isEmpty()
                || run.mood()
                        .filter(runMood -> runMood.isSameMoodAs(mood.get()))
                        .isPresent();
        return afterFrom && beforeTo && sameMood;
    }
}

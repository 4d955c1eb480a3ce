package dev.runlog.domain.model;

import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts which fields a rejected value names. */
final class InvalidValues {

    private InvalidValues() {}

    static List<Violation> violationsOf(ThrowingCallable building) {
        return ((InvalidValueException) assertThatThrownBy(building)
                        .isInstanceOf(InvalidValueException.class)
                        .actual())
                .violations();
    }

    static void assertRejected(String field, ThrowingCallable building) {
        org.assertj.core.api.Assertions.assertThat(violationsOf(building))
                .extracting(Violation::field)
                .containsExactly(field);
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.shared.PageRequest;

import java.util.Map;
import java.util.Optional;

/**
 * What each whole-number parameter of the API may be, so that a client who sends one that is
 * not a number (or too large to be one) learns the range that parameter really takes. Ids are
 * given from 1; a page starts {@code after} 0; a page holds 1 to {@value PageRequest#MAX_LIMIT}.
 */
final class ParameterRanges {

    /** The whole numbers a parameter takes, both ends included. */
    record Range(long min, long max) {}

    private static final Range ID = new Range(1, Long.MAX_VALUE);

    /** By the name the controllers give the path variable or query parameter. */
    private static final Map<String, Range> BY_NAME = Map.of(
            "id",
            ID,
            "userId",
            ID,
            "after",
            new Range(0, Long.MAX_VALUE),
            "limit",
            new Range(1, PageRequest.MAX_LIMIT));

    private ParameterRanges() {}

    /** The range of a whole-number parameter, by its name; empty for parameters of other kinds. */
    static Optional<Range> of(String parameter) {
        return Optional.ofNullable(BY_NAME.get(parameter));
    }

    /** What the parameter must be, as told to the client who sent something else. */
    static String expectationOf(String parameter) {
        Range range = BY_NAME.get(parameter);
        return range == null
                ? parameter + " has a value of the wrong type."
                : parameter + " must be a whole number from " + range.min() + " to " + range.max() + ".";
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.Mood;
import dev.runlog.domain.model.Run;

/** A run as JSON: {@code {"id", "distance", "mood", "userId"}}, mood null when none was given. */
public record RunResponse(long id, double distance, String mood, long userId) {

    static RunResponse from(Run run) {
        return new RunResponse(run.id().value(), run.distance().miles(), run.mood().map(Mood::value).orElse(null),
                run.userId().value());
    }
}

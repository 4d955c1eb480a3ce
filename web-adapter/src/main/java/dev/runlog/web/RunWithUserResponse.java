package dev.runlog.web;

import dev.runlog.domain.model.RunWithUser;

import java.time.Duration;
import java.time.LocalDate;

/** A run with the user who ran it: the tutorial's {@code run.user}. */
public record RunWithUserResponse(long id, double distance, String mood, LocalDate date, Duration duration,
                                  Duration pace, long userId, UserResponse user) {

    static RunWithUserResponse from(RunWithUser runWithUser) {
        RunResponse run = RunResponse.from(runWithUser.run());
        return new RunWithUserResponse(run.id(), run.distance(), run.mood(), run.date(), run.duration(), run.pace(),
                run.userId(), UserResponse.from(runWithUser.user()));
    }
}

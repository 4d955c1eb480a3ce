package dev.runlog.web;

import dev.runlog.domain.model.RunWithUser;

/** A run with the user who ran it: the tutorial's {@code run.user}. */
public record RunWithUserResponse(long id, double distance, String mood, long userId, UserResponse user) {

    static RunWithUserResponse from(RunWithUser runWithUser) {
        RunResponse run = RunResponse.from(runWithUser.run());
        return new RunWithUserResponse(run.id(), run.distance(), run.mood(), run.userId(),
                UserResponse.from(runWithUser.user()));
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.UserWithRuns;

import java.util.List;

/** A user with all of their runs, ordered by id: the tutorial's {@code user.runs}. */
public record UserWithRunsResponse(long id, String username, String email, List<RunResponse> runs) {

    static UserWithRunsResponse from(UserWithRuns userWithRuns) {
        UserResponse user = UserResponse.from(userWithRuns.user());
        return new UserWithRunsResponse(user.id(), user.username(), user.email(),
                userWithRuns.runs().stream().map(RunResponse::from).toList());
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.UserWithRuns;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Optional;

/** A user with all of their runs, ordered by id: the tutorial's {@code user.runs}. */
public record UserWithRunsResponse(
        @Schema(example = "1") long id,
        @Schema(example = "Alice") String username,
        @Schema(example = "alice@example.com") String email,

        @Schema(description = "Every run of the user, oldest first, each in its own unit or the one asked for")
        List<RunResponse> runs) {

    static UserWithRunsResponse from(UserWithRuns userWithRuns, Optional<DistanceUnit> asked) {
        UserResponse user = UserResponse.from(userWithRuns.user());
        return new UserWithRunsResponse(
                user.id(),
                user.username(),
                user.email(),
                userWithRuns.runs().stream()
                        .map(run -> RunResponse.from(run, asked))
                        .toList());
    }
}

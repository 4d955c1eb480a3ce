package dev.runlog.web;

import dev.runlog.domain.model.run.RunWithUser;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalDate;

/** A run with the user who ran it: the tutorial's {@code run.user}. */
public record RunWithUserResponse(
        @Schema(example = "1") long id,
        @Schema(description = "Miles", example = "5.2") double distance,
        @Schema(example = "Happy") String mood,
        @Schema(example = "2026-11-24") LocalDate date,

        @Schema(type = "string", format = "duration", example = "PT25M30S")
        Duration duration,

        @Schema(type = "string", format = "duration", example = "PT4M54S")
        Duration pace,

        @Schema(example = "1") long userId,
        UserResponse user) {

    static RunWithUserResponse from(RunWithUser runWithUser) {
        RunResponse run = RunResponse.from(runWithUser.run());
        return new RunWithUserResponse(
                run.id(),
                run.distance(),
                run.mood(),
                run.date(),
                run.duration(),
                run.pace(),
                run.userId(),
                UserResponse.from(runWithUser.user()));
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.run.RunWithUser;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalDate;

/** A run with the user who ran it: the tutorial's {@code run.user}. */
public record RunWithUserResponse(
        @Schema(example = "1") long id,
        @Schema(description = "Miles", example = "5.2") double distance,

        @Schema(
                description = "Null when none was given",
                types = {"string", "null"},
                example = "Happy")
        String mood,

        @Schema(
                description = "Null for runs logged before Runlog kept dates",
                types = {"string", "null"},
                format = "date",
                example = "2026-11-24")
        LocalDate date,

        @Schema(
                description = "Null when none was given",
                types = {"string", "null"},
                format = "duration",
                example = "PT25M30S")
        Duration duration,

        @Schema(
                description = "Time per mile; null unless the duration is known and the distance above 0",
                types = {"string", "null"},
                format = "duration",
                example = "PT4M54S")
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

package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.RunWithUser;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/** A run with the user who ran it: the tutorial's {@code run.user}. */
public record RunWithUserResponse(
        @Schema(example = "1") long id,

        @Schema(description = "In unit", example = "10.0") double distance,

        @Schema(
                description = "The unit of distance and pace: the one the run was logged in, unless the request's "
                        + "unit parameter asked for another",
                allowableValues = {"mi", "km"},
                example = "km")
        String unit,

        @Schema(
                description = "Null when none was given",
                types = {"string", "null"},
                example = "Happy")
        String mood,

        @Schema(
                description = "The local date of the start; null for runs logged before Runlog kept dates",
                types = {"string", "null"},
                format = "date",
                example = "2026-11-24")
        LocalDate date,

        @Schema(
                description = "When the run started, as the runner's clock showed it: an ISO-8601 date-time with "
                        + "the clock's offset from UTC then, or without one for a start stored without an offset; "
                        + "null when none was given",
                types = {"string", "null"},
                pattern = RunResponse.START_PATTERN,
                example = "2026-11-24T07:30:00+01:00")
        String start,

        @Schema(
                description = "The IANA time zone the start was given in; null when none was named",
                types = {"string", "null"},
                example = "Europe/Paris")
        String zone,

        @Schema(
                description = "Null when none was given",
                types = {"string", "null"},
                format = "duration",
                example = "PT52M")
        Duration duration,

        @Schema(
                description = "Time per unit; null unless the duration is known and the distance above 0",
                types = {"string", "null"},
                format = "duration",
                example = "PT5M12S")
        Duration pace,

        @Schema(example = "1") long userId,
        UserResponse user) {

    static RunWithUserResponse from(RunWithUser runWithUser, Optional<DistanceUnit> asked) {
        RunResponse run = RunResponse.from(runWithUser.run(), asked);
        return new RunWithUserResponse(
                run.id(),
                run.distance(),
                run.unit(),
                run.mood(),
                run.date(),
                run.start(),
                run.zone(),
                run.duration(),
                run.pace(),
                run.userId(),
                UserResponse.from(runWithUser.user()));
    }
}

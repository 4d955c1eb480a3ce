package dev.runlog.web;

import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.Run;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A run as JSON: {@code {"id", "distance", "mood", "date", "duration", "pace", "userId"}}. Mood,
 * date, duration and pace are null when unknown; date is ISO-8601 ({@code 2026-11-24}), duration
 * and pace (time per mile) are ISO-8601 durations ({@code PT25M30S}, {@code PT4M54S}).
 */
public record RunResponse(
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

        @Schema(example = "1") long userId) {

    static RunResponse from(Run run) {
        return new RunResponse(
                run.id().value(),
                run.distance().miles(),
                run.mood().map(Mood::value).orElse(null),
                run.date().orElse(null),
                run.duration().map(known -> known.value()).orElse(null),
                run.pace().map(pace -> pace.perMile()).orElse(null),
                run.userId().value());
    }
}

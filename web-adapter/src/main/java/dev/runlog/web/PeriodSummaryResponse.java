package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.PeriodSummary;
import dev.runlog.domain.model.run.RunId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One period of a summary as JSON: its first and last day, and its runs added up, distances and
 * paces in the summary's unit. A period without runs has zeros and nulls, never a gap.
 */
public record PeriodSummaryResponse(
        @Schema(description = "The period's first day", format = "date", example = "2026-11-23")
        LocalDate start,

        @Schema(description = "The period's last day", format = "date", example = "2026-11-29")
        LocalDate end,

        @Schema(description = "How many runs are dated in the period", example = "2")
        long runs,

        @Schema(description = "Their distances added up, in unit", example = "15.0")
        double distance,

        @Schema(
                description = "Their durations added up (runs without one count nothing)",
                format = "duration",
                example = "PT1H16M")
        Duration duration,

        @Schema(
                description = "The total duration over the runs that have one; null if none has",
                types = {"string", "null"},
                format = "duration",
                example = "PT38M")
        Duration averageDuration,

        @Schema(
                description = "The runs' time over their distance, per unit, counting the runs with a pace; null if "
                        + "none has one",
                types = {"string", "null"},
                format = "duration",
                example = "PT5M4S")
        Duration averagePace,

        @Schema(
                description = "The id of the longest run (the first logged of equally long ones); null without runs",
                types = {"integer", "null"},
                format = "int64",
                example = "1")
        Long longestRun,

        @Schema(description = "The longest run's distance, in unit; 0 without runs", example = "10.0")
        double longestDistance) {

    static PeriodSummaryResponse from(PeriodSummary summary, DistanceUnit unit) {
        return new PeriodSummaryResponse(
                summary.first(),
                summary.last(),
                summary.runs(),
                summary.totalDistance().in(unit),
                summary.totalDuration(),
                summary.averageDuration().orElse(null),
                summary.averagePace().map(pace -> pace.per(unit)).orElse(null),
                summary.longestRun().map(RunId::value).orElse(null),
                summary.longestDistance().in(unit));
    }
}

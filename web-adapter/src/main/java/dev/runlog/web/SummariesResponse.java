package dev.runlog.web;

import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.run.Summaries;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A runner's summaries as JSON: {@code {"period", "weekStartsOn", "timeZone", "unit", "items",
 * "next"}}, every period of the range oldest first, and where the following periods are when the
 * range holds more than the limit.
 */
public record SummariesResponse(
        @Schema(
                description = "How the runs are grouped",
                allowableValues = {"week", "month", "year"},
                example = "week")
        String period,

        @Schema(
                description = "The first day of the runner's weeks",
                allowableValues = {"monday", "sunday"},
                example = "monday")
        String weekStartsOn,

        @Schema(description = "The runner's time zone, where today is", example = "Europe/Paris")
        String timeZone,

        @Schema(
                description = "The unit of every distance and pace: the runner's, unless the unit parameter asked for "
                        + "another",
                allowableValues = {"mi", "km"},
                example = "km")
        String unit,

        @Schema(description = "Each period of the range, oldest first; periods without runs included")
        List<PeriodSummaryResponse> items,

        @Schema(
                description = "The address of the following periods, relative to the server; null when none follow",
                types = {"string", "null"},
                format = "uri-reference",
                example = "/api/users/1/summaries?period=week&limit=12&from=2026-12-07")
        String next) {

    static SummariesResponse from(Summaries summaries, String next) {
        return new SummariesResponse(
                summaries.period().toString(),
                RunnerPreferences.nameOf(summaries.weekStartsOn()),
                RunnerPreferences.nameOf(summaries.timeZone()),
                summaries.unit().symbol(),
                summaries.periods().stream()
                        .map(summary -> PeriodSummaryResponse.from(summary, summaries.unit()))
                        .toList(),
                next);
    }
}

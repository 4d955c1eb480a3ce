package dev.runlog.web;

import dev.runlog.domain.model.run.RunnerPreferences;
import io.swagger.v3.oas.annotations.media.Schema;

/** How a runner reads their log, as JSON: {@code {"unit", "timeZone", "weekStartsOn"}}, never null. */
public record PreferencesResponse(
        @Schema(
                description = "The unit of their summaries and records",
                allowableValues = {"mi", "km"},
                example = "km")
        String unit,

        @Schema(description = "Where today is, and a start without an offset", example = "Europe/Paris")
        String timeZone,

        @Schema(
                description = "The first day of a week in their summaries",
                allowableValues = {"monday", "sunday"},
                example = "monday")
        String weekStartsOn) {

    static PreferencesResponse from(RunnerPreferences preferences) {
        return new PreferencesResponse(
                preferences.unit().symbol(),
                RunnerPreferences.nameOf(preferences.timeZone()),
                RunnerPreferences.nameOf(preferences.weekStartsOn()));
    }
}

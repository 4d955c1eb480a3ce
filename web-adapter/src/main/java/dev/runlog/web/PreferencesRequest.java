package dev.runlog.web;

import dev.runlog.domain.model.run.RunnerPreferences;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON body that sets how a runner reads their log:
 * {@code {"unit": "km", "timeZone": "Europe/Paris", "weekStartsOn": "monday"}}. It replaces the
 * preferences whole, so a field left out goes back to its default; the domain checks the values.
 */
public record PreferencesRequest(
        @Schema(
                description = "Optional: mi or km, for summaries and records; mi when left out",
                types = {"string", "null"},
                pattern = "^(mi|km)$",
                example = "km")
        String unit,

        @Schema(
                description = "Optional IANA time zone, such as Europe/Paris: where today is, and a start without an "
                        + "offset; UTC when left out",
                types = {"string", "null"},
                example = "Europe/Paris")
        String timeZone,

        @Schema(
                description = "Optional: monday or sunday, the first day of a week in summaries; monday when left out",
                types = {"string", "null"},
                pattern = "^(monday|sunday)$",
                example = "monday")
        String weekStartsOn) {

    RunnerPreferences toPreferences() {
        return RunnerPreferences.of(unit, timeZone, weekStartsOn);
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.run.RunDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON body that logs or corrects a run:
 * {@code {"distance": 5.2, "mood": "Happy", "date": "2026-11-24", "duration": "PT25M30S"}}, all
 * but distance optional. Fields arrive unchecked (a missing distance is null, not 0; dates and
 * durations as text); the domain's rules decide what is valid, and report every bad field.
 */
public record RunRequest(
        @Schema(
                description = "Miles, above 0 and at most 1000",
                example = "5.2",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Double distance,

        @Schema(description = "Optional; not blank, at most 50 characters", example = "Happy")
        String mood,

        @Schema(description = "Optional ISO-8601 date; today when left out", format = "date", example = "2026-11-24")
        String date,

        @Schema(
                description = "Optional ISO-8601 duration, whole seconds, at most 72 hours",
                format = "duration",
                example = "PT25M30S")
        String duration) {

    RunDetails toDetails() {
        return RunDetails.entered()
                .distance(distance)
                .mood(mood)
                .date(date)
                .duration(duration)
                .check();
    }
}

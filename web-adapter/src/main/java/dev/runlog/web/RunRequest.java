package dev.runlog.web;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.RunDetails;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The JSON body that logs or corrects a run:
 * {@code {"distance": 5.2, "mood": "Happy", "date": "2026-11-24", "duration": "PT25M30S"}}, all
 * but distance optional. Fields arrive unchecked (a missing distance is null, not 0; dates and
 * durations as text); the domain's rules decide what is valid, and report every bad field. The
 * constraints stated for the API description are the domain's own constants.
 */
public record RunRequest(
        @Schema(
                description = "Miles, above 0 and at most 1000",
                requiredMode = REQUIRED,
                maximum = "" + (int) Distance.MAX_MILES,
                example = "5.2")
        Double distance,

        @Schema(
                description = "Optional; not blank, no control characters, at most 50 characters",
                types = {"string", "null"},
                maxLength = Mood.MAX_LENGTH,
                pattern = ApiDocumentation.NOT_BLANK,
                example = "Happy")
        String mood,

        @Schema(
                description = "Optional ISO-8601 date from 1900-01-01 to 9999-12-31; today when left out",
                types = {"string", "null"},
                format = "date",
                example = "2026-11-24")
        String date,

        @Schema(
                description = "Optional ISO-8601 duration, whole seconds, above none and at most 72 hours",
                types = {"string", "null"},
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

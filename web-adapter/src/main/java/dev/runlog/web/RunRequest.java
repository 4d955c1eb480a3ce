package dev.runlog.web;

import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.RunDetails;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The JSON body that logs or corrects a run:
 * {@code {"distance": 10, "unit": "km", "mood": "Happy", "start": "2026-11-24T07:30:00",
 * "zone": "Europe/Paris", "duration": "PT52M"}}, all but distance optional. Fields arrive
 * unchecked (a missing distance is null, not 0; dates, start times and durations as text); the
 * domain's rules decide what is valid, and report every bad field. The constraints stated for the
 * API description are the domain's own constants ({@link ApiDocumentation} sets the distance's
 * range, which no annotation can compute).
 */
public record RunRequest(
        @Schema(
                description = "In unit: above 0 and at most 1000 miles (1609.344 km)",
                requiredMode = REQUIRED,
                example = "10")
        Double distance,

        @Schema(
                description = "Optional: mi or km, the unit the distance is in and the run is read back in; "
                        + "miles when left out",
                types = {"string", "null"},
                pattern = "^(mi|km)$",
                example = "km")
        String unit,

        @Schema(
                description = "Optional; not blank, no control characters, at most 50 characters",
                types = {"string", "null"},
                maxLength = Mood.MAX_LENGTH,
                pattern = ApiDocumentation.NOT_BLANK,
                example = "Happy")
        String mood,

        @Schema(
                description = "Optional ISO-8601 date from 1900-01-01 to 9999-12-31: the start's date when there is "
                        + "a start (left out, it is taken from it); today where the runner is when there is none",
                types = {"string", "null"},
                format = "date",
                example = "2026-11-24")
        String date,

        @Schema(
                description = "Optional ISO-8601 date-time to the second: with an offset (2026-11-24T07:30:00+01:00) "
                        + "or without one, then in zone, or in the runner's time zone when zone is left out",
                types = {"string", "null"},
                example = "2026-11-24T07:30:00")
        String start,

        @Schema(
                description = "Optional, with a start only: the IANA time zone it is in, such as Europe/Paris; with an "
                        + "offset in start, the two must agree",
                types = {"string", "null"},
                example = "Europe/Paris")
        String zone,

        @Schema(
                description = "Optional ISO-8601 duration, whole seconds, above none and at most 72 hours",
                types = {"string", "null"},
                format = "duration",
                example = "PT52M")
        String duration) {

    RunDetails toDetails() {
        return RunDetails.entered()
                .distance(distance)
                .unit(unit)
                .mood(mood)
                .date(date)
                .start(start)
                .zone(zone)
                .duration(duration)
                .check();
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.RunDetails;

/**
 * The JSON body that logs or corrects a run:
 * {@code {"distance": 5.2, "mood": "Happy", "date": "2026-11-24", "duration": "PT25M30S"}}, all
 * but distance optional. Fields arrive unchecked (a missing distance is null, not 0; dates and
 * durations as text); the domain's rules decide what is valid, and report every bad field.
 */
public record RunRequest(Double distance, String mood, String date, String duration) {

    RunDetails toDetails() {
        return RunDetails.of(distance, mood, date, duration);
    }
}

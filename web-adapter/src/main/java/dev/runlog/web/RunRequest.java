package dev.runlog.web;

import dev.runlog.domain.model.RunDetails;

/**
 * The JSON body that logs or corrects a run: {@code {"distance": 5.2, "mood": "Happy"}}, mood
 * optional. Fields arrive unchecked (a missing distance is null, not 0); the domain's rules
 * decide what is valid.
 */
public record RunRequest(Double distance, String mood) {

    RunDetails toDetails() {
        return RunDetails.of(distance, mood);
    }
}

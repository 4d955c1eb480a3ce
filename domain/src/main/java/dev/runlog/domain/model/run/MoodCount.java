package dev.runlog.domain.model.run;

import java.util.Objects;
import java.util.Optional;

/**
 * How many runs a user logged with one mood.
 *
 * @param mood the mood; empty for the runs logged without one
 * @param runs how many runs
 */
public record MoodCount(Optional<Mood> mood, long runs) {

    public MoodCount {
        Objects.requireNonNull(mood, "mood");
    }
}

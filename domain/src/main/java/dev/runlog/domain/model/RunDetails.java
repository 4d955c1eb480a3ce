package dev.runlog.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a run is, apart from identity and owner: the values given to log a run or to change one.
 *
 * @param distance how far the run went
 * @param mood     how the runner felt, if they said
 */
public record RunDetails(Distance distance, Optional<Mood> mood) {

    public RunDetails {
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(mood, "mood");
    }

    /** Checks both raw values and reports every bad one at once; a null mood means none. */
    public static RunDetails of(Double distance, String mood) {
        FieldChecks checks = new FieldChecks();
        Distance checkedDistance = checks.check(() -> Distance.ofMiles(distance));
        Optional<Mood> checkedMood = checks.check(() -> Mood.optional(mood));
        checks.throwIfAnyFailed();
        return new RunDetails(checkedDistance, checkedMood);
    }
}

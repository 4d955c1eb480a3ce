package dev.runlog.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One run logged by a user. {@link RunWithUser} holds a run together with the user who ran it.
 *
 * @param id       the run's id
 * @param userId   the id of the user who ran it
 * @param distance how far it went
 * @param mood     how the runner felt, if they said
 */
public record Run(RunId id, UserId userId, Distance distance, Optional<Mood> mood) {

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(mood, "mood");
    }

    /** A stored run with the given id, owner and details. */
    public static Run withId(RunId id, UserId userId, RunDetails details) {
        return new Run(id, userId, details.distance(), details.mood());
    }

    /** This run with its details replaced; id and owner stay. */
    public Run withDetails(RunDetails details) {
        return withId(id, userId, details);
    }
}

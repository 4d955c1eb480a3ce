package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.UserId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One run logged by a user. {@link RunWithUser} holds a run together with the user who ran it.
 *
 * @param id      the run's id
 * @param userId  the id of the user who ran it
 * @param details distance, mood, date and duration
 * @param version how many times it has been changed
 */
public record Run(RunId id, UserId userId, RunDetails details, Version version) {

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(version, "version");
    }

    public Distance distance() {
        return details.distance();
    }

    public Optional<Mood> mood() {
        return details.mood();
    }

    public Optional<LocalDate> date() {
        return details.date();
    }

    public Optional<RunDuration> duration() {
        return details.duration();
    }

    /** The unit the runner entered the distance in. */
    public DistanceUnit unit() {
        return details.unit();
    }

    /** When the run started, if the runner said. */
    public Optional<RunStart> start() {
        return details.start();
    }

    /** Time per mile, when the duration is known. */
    public Optional<Pace> pace() {
        return details.pace();
    }
}

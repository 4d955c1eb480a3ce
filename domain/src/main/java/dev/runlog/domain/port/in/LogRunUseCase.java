package dev.runlog.domain.port.in;

import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;

/** Logs a run for a user. */
public interface LogRunUseCase {

    /**
     * Adds a run to the user with this id. Without a date, the run is dated today.
     *
     * @return the new run, with the id it was given
     * @throws UserNotFoundException if no user has this id
     */
    Run log(UserId userId, RunDetails details);
}

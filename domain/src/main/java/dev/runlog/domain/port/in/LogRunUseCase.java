package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Logs a run for a user. */
public interface LogRunUseCase {

    /**
     * Adds a run to the user. Without a date, the run is dated today.
     *
     * @return the new run, with the id it was given
     * @throws UserNotFoundException if no user has this id
     */
    Run log(LogRunCommand command);
}

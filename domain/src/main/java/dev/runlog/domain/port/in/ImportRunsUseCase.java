package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.user.UserNotFoundException;

import java.util.List;

/** Imports many runs of a user at once: all of them, or none. */
public interface ImportRunsUseCase {

    /**
     * Adds every run of the batch to the user, each without a date dated today.
     *
     * @return the new runs, with their ids, in the order of the batch
     * @throws UserNotFoundException if no user has this id; then no run is stored
     */
    List<Run> importRuns(ImportRunsCommand command);
}

package dev.runlog.domain.port.in;

import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunBatch;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;

import java.util.List;

/** Imports many runs for a user at once: all of them, or none. */
public interface ImportRunsUseCase {

    /**
     * Adds every run of the batch to the user with this id. Runs without a date are dated today.
     *
     * @return the new runs, with the ids they were given, in the order of the batch
     * @throws UserNotFoundException if no user has this id; then no run is stored
     */
    List<Run> importRuns(UserId userId, RunBatch batch);
}

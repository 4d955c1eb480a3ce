package dev.runlog.domain.port.in;

import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunNotFoundException;

/** Corrects a logged run. */
public interface UpdateRunUseCase {

    /**
     * Replaces the distance and mood of the run with this id; it keeps its user.
     *
     * @return the run as it is now stored
     * @throws RunNotFoundException if no run has this id
     */
    Run update(RunId id, RunDetails details);
}

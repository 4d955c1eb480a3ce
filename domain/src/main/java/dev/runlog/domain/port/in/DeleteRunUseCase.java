package dev.runlog.domain.port.in;

import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunNotFoundException;

/** Removes a logged run. */
public interface DeleteRunUseCase {

    /**
     * Deletes the run with this id.
     *
     * @throws RunNotFoundException if no run has this id
     */
    void delete(RunId id);
}

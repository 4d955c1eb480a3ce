package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.shared.StaleVersionException;

/** Removes a logged run. */
public interface DeleteRunUseCase {

    /**
     * Deletes the run, if it is still at the expected version.
     *
     * @throws RunNotFoundException  if no run has this id
     * @throws StaleVersionException if the run is no longer at the expected version
     */
    void delete(DeleteRunCommand command);
}

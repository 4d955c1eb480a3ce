package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.shared.StaleVersionException;

/** Corrects a logged run. */
public interface UpdateRunUseCase {

    /**
     * Replaces the run's details, if it is still at the expected version; it keeps its user.
     * Without a date, the run is dated today.
     *
     * @return the run as it is now stored, with its new version
     * @throws RunNotFoundException  if no run has this id
     * @throws StaleVersionException if the run is no longer at the expected version
     */
    Run update(UpdateRunCommand command);
}

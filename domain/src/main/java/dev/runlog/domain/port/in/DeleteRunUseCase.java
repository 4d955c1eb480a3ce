package dev.runlog.domain.port.in;

import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunNotFoundException;
import dev.runlog.domain.model.StaleVersionException;
import dev.runlog.domain.model.Version;

import java.util.Optional;

/** Removes a logged run. */
public interface DeleteRunUseCase {

    /**
     * Deletes the run with this id, if it is still at {@code expected} (when given).
     *
     * @throws RunNotFoundException   if no run has this id
     * @throws StaleVersionException  if the run is no longer at the expected version
     */
    void delete(RunId id, Optional<Version> expected);
}

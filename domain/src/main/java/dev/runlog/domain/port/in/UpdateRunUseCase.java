package dev.runlog.domain.port.in;

import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunNotFoundException;
import dev.runlog.domain.model.StaleVersionException;
import dev.runlog.domain.model.Version;

import java.util.Optional;

/** Corrects a logged run. */
public interface UpdateRunUseCase {

    /**
     * Replaces the details of the run with this id, if it is still at {@code expected} (when
     * given); it keeps its user. Without a date, the run is dated today.
     *
     * @return the run as it is now stored, with its new version
     * @throws RunNotFoundException   if no run has this id
     * @throws StaleVersionException  if the run is no longer at the expected version
     */
    Run update(RunId id, RunDetails details, Optional<Version> expected);
}

package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.user.Caller;

/** Shows one run with the user who ran it. */
public interface GetRunUseCase {

    /**
     * The run with this id and its user.
     *
     * @throws RunNotFoundException if no run has this id, or the caller may not access it
     */
    RunWithUser get(Caller caller, RunId id);
}

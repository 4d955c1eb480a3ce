package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.Summaries;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Sums a runner's running up by week, month or year. */
public interface GetSummariesUseCase {

    /**
     * Every period the request covers, with zeros where there were no runs, in the runner's zone
     * and weeks, and in the unit asked for or the runner's own.
     *
     * @throws UserNotFoundException if no user has this id, or the caller may not access them
     */
    Summaries summariesOf(Caller caller, UserId userId, SummaryRequest request);
}

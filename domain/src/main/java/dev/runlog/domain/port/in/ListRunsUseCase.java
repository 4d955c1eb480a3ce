package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Lists runs, a page at a time: everybody's, or one user's, all or only those a filter shows. */
public interface ListRunsUseCase {

    /**
     * One page of the runs the caller may see (an admin: everyone's; a runner: their own) that the
     * filter shows, in ascending id order.
     */
    Page<Run> listAll(Caller caller, RunFilter filter, PageRequest page);

    /**
     * One page of one user's runs that the filter shows, in ascending id order.
     *
     * @throws UserNotFoundException if no user has this id, or the caller may not access them
     */
    Page<Run> listForUser(Caller caller, UserId userId, RunFilter filter, PageRequest page);
}

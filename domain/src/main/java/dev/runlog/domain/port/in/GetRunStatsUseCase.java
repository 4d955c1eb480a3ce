package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Sums up a user's running. */
public interface GetRunStatsUseCase {

    /**
     * How many runs, how far in total, on average and at most, the best pace and the moods.
     *
     * @throws UserNotFoundException if no user has this id, or the caller may not access them
     */
    RunStats statsOf(Caller caller, UserId userId);
}

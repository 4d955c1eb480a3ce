package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Shows one user with all of their runs. */
public interface GetUserUseCase {

    /**
     * The user with this id and every run they logged, ordered by id.
     *
     * @throws UserNotFoundException if no user has this id, or the caller may not access them
     */
    UserWithRuns get(Caller caller, UserId id);
}

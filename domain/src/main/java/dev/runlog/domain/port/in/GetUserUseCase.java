package dev.runlog.domain.port.in;

import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.model.UserWithRuns;

/** Shows one user with all of their runs. */
public interface GetUserUseCase {

    /**
     * The user with this id and every run they logged, ordered by id.
     *
     * @throws UserNotFoundException if no user has this id
     */
    UserWithRuns get(UserId id);
}

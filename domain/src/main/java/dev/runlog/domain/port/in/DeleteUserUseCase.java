package dev.runlog.domain.port.in;

import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;

/** Removes a user together with all of their runs. */
public interface DeleteUserUseCase {

    /**
     * Deletes the user with this id and every run they logged.
     *
     * @throws UserNotFoundException if no user has this id
     */
    void delete(UserId id);
}

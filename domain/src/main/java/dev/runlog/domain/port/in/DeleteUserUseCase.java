package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Removes a user and everything they logged. */
public interface DeleteUserUseCase {

    /**
     * Deletes the user and all of their runs, if the user is still at the expected version.
     *
     * @throws UserNotFoundException if no user has this id
     * @throws StaleVersionException if the user is no longer at the expected version
     */
    void delete(DeleteUserCommand command);
}

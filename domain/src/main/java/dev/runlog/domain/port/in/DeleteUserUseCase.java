package dev.runlog.domain.port.in;

import dev.runlog.domain.model.StaleVersionException;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.model.Version;

import java.util.Optional;

/** Removes a user together with all of their runs. */
public interface DeleteUserUseCase {

    /**
     * Deletes the user with this id and every run they logged, if the user is still at
     * {@code expected} (when given).
     *
     * @throws UserNotFoundException  if no user has this id
     * @throws StaleVersionException  if the user is no longer at the expected version
     */
    void delete(UserId id, Optional<Version> expected);
}

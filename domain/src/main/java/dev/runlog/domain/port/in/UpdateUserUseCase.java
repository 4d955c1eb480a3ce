package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Changes a user's name and email. */
public interface UpdateUserUseCase {

    /**
     * Replaces the user's details, if the user is still at the expected version.
     *
     * @return the user as it is now stored, with its new version
     * @throws UserNotFoundException      if no user has this id
     * @throws StaleVersionException      if the user is no longer at the expected version
     * @throws EmailAlreadyTakenException if another user has the email, ignoring case
     */
    User update(UpdateUserCommand command);
}

package dev.runlog.domain.port.in;

import dev.runlog.domain.model.EmailAlreadyTakenException;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserDetails;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;

/** Changes a user's name and email. */
public interface UpdateUserUseCase {

    /**
     * Replaces the details of the user with this id.
     *
     * @return the user as it is now stored
     * @throws UserNotFoundException      if no user has this id
     * @throws EmailAlreadyTakenException if another user has the email, ignoring case
     */
    User update(UserId id, UserDetails details);
}

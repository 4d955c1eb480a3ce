package dev.runlog.domain.port.in;

import dev.runlog.domain.model.EmailAlreadyTakenException;
import dev.runlog.domain.model.StaleVersionException;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserDetails;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.model.Version;

import java.util.Optional;

/** Changes a user's name and email. */
public interface UpdateUserUseCase {

    /**
     * Replaces the details of the user with this id, if it is still at {@code expected} (when
     * given).
     *
     * @return the user as it is now stored, with its new version
     * @throws UserNotFoundException      if no user has this id
     * @throws StaleVersionException      if the user is no longer at the expected version
     * @throws EmailAlreadyTakenException if another user has the email, ignoring case
     */
    User update(UserId id, UserDetails details, Optional<Version> expected);
}

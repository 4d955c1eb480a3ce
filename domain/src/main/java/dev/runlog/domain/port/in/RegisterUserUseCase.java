package dev.runlog.domain.port.in;

import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;

/** Registers a new user. */
public interface RegisterUserUseCase {

    /**
     * Adds a user with the command's details.
     *
     * @return the new user, with the id it was given
     * @throws EmailAlreadyTakenException if another user has the email, ignoring case
     */
    User register(RegisterUserCommand command);
}

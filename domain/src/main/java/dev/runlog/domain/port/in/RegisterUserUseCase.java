package dev.runlog.domain.port.in;

import dev.runlog.domain.model.EmailAlreadyTakenException;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserDetails;

/** Registers a new user. */
public interface RegisterUserUseCase {

    /**
     * Adds a user with the given details.
     *
     * @return the new user, with the id it was given
     * @throws EmailAlreadyTakenException if another user has the email, ignoring case
     */
    User register(UserDetails details);
}

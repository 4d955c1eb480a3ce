package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.NotAllowedException;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;

/** Lets an admin create a user, with or without a password. */
public interface RegisterUserUseCase {

    /**
     * Creates the user as a runner.
     *
     * @throws NotAllowedException        if the caller is not an admin
     * @throws EmailAlreadyTakenException if a user has the email, ignoring case
     */
    User register(RegisterUserCommand command);
}

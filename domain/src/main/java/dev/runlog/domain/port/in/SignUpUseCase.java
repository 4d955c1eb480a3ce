package dev.runlog.domain.port.in;

import dev.runlog.domain.model.access.SignUpClosedException;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;

/** Lets someone without an account create one for themselves, with a password. */
public interface SignUpUseCase {

    /**
     * Creates the user as a runner with this password.
     *
     * @throws SignUpClosedException      if the operator closed sign-up
     * @throws EmailAlreadyTakenException if a user has the email, ignoring case
     */
    User signUp(SignUpCommand command);
}

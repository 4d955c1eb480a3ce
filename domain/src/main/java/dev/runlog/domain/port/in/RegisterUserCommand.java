package dev.runlog.domain.port.in;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.model.user.UserDetails;

import java.util.Objects;
import java.util.Optional;

/**
 * What an admin's creating a user takes.
 *
 * @param caller   who is creating the user: only an admin may
 * @param details  the new user's name and email
 * @param password their password; without one they cannot sign in until one is set
 */
public record RegisterUserCommand(Caller caller, UserDetails details, Optional<Password> password) {

    public RegisterUserCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(password, "password");
    }
}

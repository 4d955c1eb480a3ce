package dev.runlog.domain.port.in;

import dev.runlog.domain.model.user.UserDetails;

import java.util.Objects;

/**
 * What registering a user takes.
 *
 * @param details the new user's name and email
 */
public record RegisterUserCommand(UserDetails details) {

    public RegisterUserCommand {
        Objects.requireNonNull(details, "details");
    }
}

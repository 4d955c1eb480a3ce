package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;

import java.util.Objects;

/**
 * What changing a user's name and email takes.
 *
 * @param caller   who is changing it: the user themselves or an admin
 * @param user     the user to change
 * @param details  their new name and email
 * @param expected the version the change is meant for
 */
public record UpdateUserCommand(Caller caller, UserId user, UserDetails details, ExpectedVersion expected) {

    public UpdateUserCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(expected, "expected");
    }
}

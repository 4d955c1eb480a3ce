package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;

import java.util.Objects;

/**
 * What deleting a user, and all of their runs, takes.
 *
 * @param caller   who is deleting: the user themselves or an admin
 * @param user     the user to delete
 * @param expected the version the deletion is meant for
 */
public record DeleteUserCommand(Caller caller, UserId user, ExpectedVersion expected) {

    public DeleteUserCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expected, "expected");
    }
}

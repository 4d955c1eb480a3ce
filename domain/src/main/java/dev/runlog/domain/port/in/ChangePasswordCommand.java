package dev.runlog.domain.port.in;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;

import java.util.Objects;
import java.util.Optional;

/**
 * What changing a password takes.
 *
 * @param caller          who is changing it: the user themselves, or an admin
 * @param user            whose password it is
 * @param currentPassword the password now, as typed; only an admin may leave it out
 * @param newPassword     the new password, checked against the rules for new ones
 */
public record ChangePasswordCommand(Caller caller, UserId user, Optional<String> currentPassword, String newPassword) {

    public ChangePasswordCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(currentPassword, "currentPassword");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[caller=" + caller + ", user=" + user + ", passwords hidden]";
    }
}

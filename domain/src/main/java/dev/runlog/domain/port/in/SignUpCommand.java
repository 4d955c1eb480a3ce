package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.FieldChecks;
import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.model.user.UserDetails;

import java.util.Objects;

/**
 * What signing up takes: the new user's name, email and password.
 *
 * @param details  the new user's name and email
 * @param password the password they chose, checked against those
 */
public record SignUpCommand(UserDetails details, Password password) {

    public SignUpCommand {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(password, "password");
    }

    /** Checks what a client sent and reports every bad field at once. */
    public static SignUpCommand of(String username, String email, String password) {
        FieldChecks checks = new FieldChecks();
        UserDetails details = checks.check(() -> UserDetails.of(username, email));
        checks.throwIfAnyFailed();
        return new SignUpCommand(details, Password.chosen("password", password, details));
    }
}

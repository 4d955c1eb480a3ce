package dev.runlog.domain.model.user;

import dev.runlog.domain.model.shared.FieldChecks;

import java.util.Objects;

/**
 * What a user is, apart from identity: the values given to register a user or to change one.
 *
 * @param username the user's name
 * @param email    the user's email address
 */
public record UserDetails(Username username, Email email) {

    public UserDetails {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
    }

    /** Checks both values a client sent and reports every bad one at once. */
    public static UserDetails of(String username, String email) {
        FieldChecks checks = new FieldChecks();
        Username checkedUsername = checks.check(() -> Username.of(username));
        Email checkedEmail = checks.check(() -> Email.of(email));
        checks.throwIfAnyFailed();
        return new UserDetails(checkedUsername, checkedEmail);
    }
}

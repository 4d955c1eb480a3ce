package dev.runlog.domain.model;

/**
 * What a user is, apart from identity: the values given to register a user or to change one.
 *
 * @param username the user's name
 * @param email    the user's email address
 */
public record UserDetails(Username username, Email email) {

    /** Checks both raw values and reports every bad one at once. */
    public static UserDetails of(String username, String email) {
        FieldChecks checks = new FieldChecks();
        Username checkedUsername = checks.check(() -> new Username(username));
        Email checkedEmail = checks.check(() -> new Email(email));
        checks.throwIfAnyFailed();
        return new UserDetails(checkedUsername, checkedEmail);
    }
}

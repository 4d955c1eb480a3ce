package dev.runlog.domain.model.user;

import dev.runlog.domain.model.shared.InvalidValueException;

import java.util.Objects;

/**
 * A password a user chose, checked against the rules for new passwords: long enough to resist
 * guessing, short enough to hash cheaply, and neither their own name or email nor one that is
 * common. A password is never shown: {@link #toString} hides it, so it cannot reach a log.
 *
 * <p>Only new passwords are checked; signing in compares what was typed with the stored hash,
 * whatever the rules were when it was chosen.
 */
public final class Password {

    /** Fewest characters (Unicode code points, so any script counts the same). */
    public static final int MIN_LENGTH = 10;
    /** Most characters; any longer and hashing it would be a way to make the server work hard. */
    public static final int MAX_LENGTH = 128;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /**
     * A new password for the user with these details, checked.
     *
     * @param field the name of the field it came in, for the error: "password" or "newPassword"
     */
    public static Password chosen(String field, String value, UserDetails owner) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required.");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidValueException(
                    field, field + " must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long.");
        }
        if (value.equalsIgnoreCase(owner.email().value())
                || value.equalsIgnoreCase(owner.username().value())) {
            throw new InvalidValueException(field, field + " must not be the username or the email.");
        }
        if (CommonPasswords.contains(value)) {
            throw new InvalidValueException(field, field + " is one of the most common passwords; choose another.");
        }
        return new Password(value);
    }

    /** The password itself, for the one place that needs it: the hasher. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Password password && value.equals(password.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}

package dev.runlog.domain.model.user;

import dev.runlog.domain.model.shared.StorageLimits;
import dev.runlog.domain.model.shared.Text;

import java.util.Objects;

/**
 * The name a user goes by. Need not be unique. The constructor rebuilds a stored name as it is;
 * {@link #of} checks a new one: required, not blank, printable, at most {@value #MAX_LENGTH}
 * characters.
 *
 * @param value the name, exactly as given
 */
public record Username(String value) {

    public static final int MAX_LENGTH = StorageLimits.USERNAME_LENGTH;

    public Username {
        Objects.requireNonNull(value, "value");
    }

    /** A name a client sent, checked. */
    public static Username of(String value) {
        Text.requireNotBlank("username", value);
        Text.requireAtMost("username", value, MAX_LENGTH);
        Text.requirePrintable("username", value);
        return new Username(value);
    }
}

package dev.runlog.domain.model;

import java.util.regex.Pattern;

/**
 * A user's email address: required, at most {@value #MAX_LENGTH} characters, shaped like
 * {@code local@domain.tld}. No two users share an address, compared ignoring case; the address is
 * kept as it was typed.
 *
 * @param value the address, exactly as given
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 120;

    // Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
    // Only sending a mail proves an address; this only catches typing mistakes.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        Text.requireNotBlank("email", value);
        Text.requireAtMost("email", value, MAX_LENGTH);
        Text.requirePrintable("email", value);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "email must look like an address, such as alice@example.com.");
        }
    }

    /** Whether both are the same address for uniqueness, which ignores case. */
    public boolean isSameAddressAs(Email other) {
        return value.equalsIgnoreCase(other.value);
    }
}

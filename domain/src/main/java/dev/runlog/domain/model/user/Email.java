package dev.runlog.domain.model.user;

import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.StorageLimits;
import dev.runlog.domain.model.shared.Text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user's email address, kept as it was typed. No two users share an address, compared
 * {@linkplain Text#caseless ignoring case}. The constructor rebuilds a stored address as it is
 * (the tutorial's app stored {@code bob@localhost}); {@link #of} checks a new one: required, at
 * most {@value #MAX_LENGTH} characters, shaped like {@code local@domain.tld}.
 *
 * @param value the address, exactly as given
 */
public record Email(String value) {

    public static final int MAX_LENGTH = StorageLimits.EMAIL_LENGTH;

    /**
     * The shape of an address, as a regular expression that means the same in Java and in
     * JavaScript (so an API description can state it). Deliberately loose: one @, something on
     * each side, a dot in the domain, no spaces. Only sending a mail proves an address; this
     * only catches typing mistakes.
     */
    public static final String SHAPE_REGEX = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

    private static final Pattern SHAPE = Pattern.compile(SHAPE_REGEX);

    public Email {
        Objects.requireNonNull(value, "value");
    }

    /** An address a client sent, checked. */
    public static Email of(String value) {
        Text.requireNotBlank("email", value);
        Text.requireAtMost("email", value, MAX_LENGTH);
        Text.requirePrintable("email", value);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "email must look like an address, such as alice@example.com.");
        }
        return new Email(value);
    }

    /** Whether both are the same address for uniqueness, which ignores case. */
    public boolean isSameAddressAs(Email other) {
        return caseless().equals(other.caseless());
    }

    /** The form {@link #isSameAddressAs} compares, for a store that compares addresses itself. */
    public String caseless() {
        return Text.caseless(value);
    }
}

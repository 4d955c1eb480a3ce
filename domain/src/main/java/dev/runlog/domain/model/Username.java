package dev.runlog.domain.model;

/**
 * The name a user goes by: required, not blank, at most {@value #MAX_LENGTH} characters.
 * Need not be unique.
 *
 * @param value the name, exactly as given
 */
public record Username(String value) {

    public static final int MAX_LENGTH = 80;

    public Username {
        Text.requireNotBlank("username", value);
        Text.requireAtMost("username", value, MAX_LENGTH);
        Text.requirePrintable("username", value);
    }
}

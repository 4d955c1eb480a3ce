package dev.runlog.domain.model.shared;

/** What the text values of the model (names, emails, moods) share: how they are checked and compared. */
public final class Text {

    private Text() {}

    /**
     * Counts characters the way the database does (code points), so that an emoji counts as one
     * character, as it does in a MariaDB {@code varchar(n)}, and not as two Java chars.
     */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * The one meaning of "ignoring case" in Runlog: two texts are the same when they are equal
     * once every character is lowercased by Unicode's simple mapping ({@code É} and {@code é} are
     * the same, {@code E} and {@code É} are not, nor {@code ß} and {@code SS}, nor {@code ı} and
     * {@code i}). Nothing else is ignored: not accents, not spaces. MariaDB's {@code lower()}
     * computes the same form, which the repository contract tests check.
     */
    public static String caseless(String text) {
        StringBuilder lowered = new StringBuilder(text.length());
        text.codePoints().map(Character::toLowerCase).forEach(lowered::appendCodePoint);
        return lowered.toString();
    }

    public static String requireNotBlank(String field, String value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required.");
        }
        if (value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank.");
        }
        return value;
    }

    /**
     * Text that can be shown and stored safely: no control characters (a terminal escape in a
     * name can rewrite a log line) and no broken UTF-16 (a lone surrogate, which no database
     * column can store).
     */
    public static void requirePrintable(String field, String value) {
        // Paired surrogates read as one code point; only a lone one is still of type SURROGATE.
        boolean unprintable = value.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE);
        if (unprintable) {
            throw new InvalidValueException(field, field + " must not contain control characters.");
        }
    }

    public static void requireAtMost(String field, String value, int maxLength) {
        if (length(value) > maxLength) {
            throw new InvalidValueException(field, field + " must be at most " + maxLength + " characters long.");
        }
    }
}

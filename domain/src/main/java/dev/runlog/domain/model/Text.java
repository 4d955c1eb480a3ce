package dev.runlog.domain.model;

/** Checks shared by the text values of the model. */
final class Text {

    private Text() {
    }

    /**
     * Counts characters the way the database does (code points), so that an emoji counts as one
     * character, as it does in a MariaDB {@code varchar(n)}, and not as two Java chars.
     */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static String requireNotBlank(String field, String value) {
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
    static void requirePrintable(String field, String value) {
        // Paired surrogates read as one code point; only a lone one is still of type SURROGATE.
        boolean unprintable = value.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE);
        if (unprintable) {
            throw new InvalidValueException(field, field + " must not contain control characters.");
        }
    }

    static void requireAtMost(String field, String value, int maxLength) {
        if (length(value) > maxLength) {
            throw new InvalidValueException(field, field + " must be at most " + maxLength + " characters long.");
        }
    }
}

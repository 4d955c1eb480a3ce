package dev.runlog.web;

import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ETags are versions: a user or run at version 3 has the strong entity tag {@code "3"}. A client
 * sends it back in {@code If-Match} so that its PUT or DELETE applies only to what it has seen.
 */
final class EntityTags {

    /** A version, with or without a GET's digest after it: If-Match asks about the resource, not an answer. */
    private static final Pattern ONE_STRONG_TAG = Pattern.compile("\\s*\"(\\d{1,18})(?:-[0-9a-f]{16})?\"\\s*");

    private EntityTags() {}

    static String of(Version version) {
        return "\"" + version.value() + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for: none for no header or {@code *} (any
     * version will do). A tag a PUT gave ({@code "3"}) and one a GET gave ({@code "3-…"}) both ask
     * for version 3 of the resource, whatever else the GET showed. Anything else, such as a weak
     * tag, a list or a tag Runlog never gave, can match no version, so the request fails as a
     * stale one would.
     */
    static ExpectedVersion expectedBy(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ExpectedVersion.any();
        }
        Matcher tag = ONE_STRONG_TAG.matcher(ifMatch);
        if (!tag.matches()) {
            throw new UnmatchableIfMatchException();
        }
        return ExpectedVersion.exactly(new Version(Long.parseLong(tag.group(1))));
    }

    /** An If-Match header that no version of anything can match. */
    static final class UnmatchableIfMatchException extends RuntimeException {

        UnmatchableIfMatchException() {
            super("If-Match must be * or one entity tag this API gave, such as \"3\".");
        }
    }
}

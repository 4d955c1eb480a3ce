package dev.runlog.web;

import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Version;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ETags start with versions: a user or run at version 3 has the strong entity tag {@code "3"}. A
 * client sends it back in {@code If-Match} so that its PUT or DELETE applies only to what it has
 * seen. What a GET answers is tagged {@code "3-<digest>"}, so the tag also tells one answer from
 * another (see {@link #ofAnswer}).
 */
final class EntityTags {

    /** A GET's digest as it appears in a tag, for whoever states the tag's shape (the API description). */
    static final String DIGEST = "[0-9a-f]{16}";

    /** The first 8 bytes of the SHA-256, the 16 hex digits of DIGEST: far more than enough to tell answers apart. */
    private static final int DIGEST_BYTES = 8;

    /** A version, with or without a GET's digest after it: If-Match asks about the resource, not an answer. */
    private static final Pattern ONE_STRONG_TAG = Pattern.compile("\\s*\"(\\d{1,18})(?:-" + DIGEST + ")?\"\\s*");

    private EntityTags() {}

    /** The tag of what a POST or PUT answers: the resource's new version alone, {@code "3"}. */
    static String of(Version version) {
        return "\"" + version.value() + "\"";
    }

    /**
     * The tag of what a GET answers: the resource's version, then a digest of the answer's JSON,
     * {@code "3-8f14e45fceea167a"}. A user's answer shows their runs and a run's answer shows its
     * user, and those change while the resource's own version stays; Spring answers
     * {@code If-None-Match} with 304 whenever the tag matches, so the tag must cover every byte the
     * answer shows. The version stays in front so the same tag still works as {@code If-Match}.
     */
    static String ofAnswer(Version version, byte[] json) {
        return "\"" + version.value() + "-" + digestOf(json) + "\"";
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

    private static String digestOf(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest, 0, DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** An If-Match header that no version of anything can match. */
    static final class UnmatchableIfMatchException extends RuntimeException {

        UnmatchableIfMatchException() {
            super("If-Match must be * or one entity tag this API gave, such as \"3\".");
        }
    }
}

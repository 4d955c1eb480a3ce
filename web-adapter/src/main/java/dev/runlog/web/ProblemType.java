package dev.runlog.web;

import java.net.URI;

/**
 * The kinds of problem Runlog reports in its own words, each with a stable {@code type} URI that
 * clients can match on. Problems that plain HTTP already names (unknown path, wrong method,
 * unsupported media type) keep RFC 9457's {@code about:blank} and the status's reason phrase.
 */
enum ProblemType {
    VALIDATION("validation", "Invalid values"),
    MALFORMED_REQUEST("malformed-request", "Malformed request"),
    USER_NOT_FOUND("user-not-found", "User not found"),
    RUN_NOT_FOUND("run-not-found", "Run not found"),
    EMAIL_TAKEN("email-taken", "Email already taken"),
    STALE_VERSION("stale-version", "Changed since it was read"),
    DATABASE_UNAVAILABLE("database-unavailable", "Database unavailable");

    private final URI uri;
    private final String title;

    ProblemType(String name, String title) {
        this.uri = URI.create("urn:runlog:problem:" + name);
        this.title = title;
    }

    URI uri() {
        return uri;
    }

    String title() {
        return title;
    }
}

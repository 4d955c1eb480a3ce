package dev.runlog.web;

import org.springframework.http.HttpStatusCode;

import java.net.URI;

/**
 * The kinds of problem Runlog reports, each with a stable {@code type} URI that clients can
 * match on and a title that names the kind, not the occurrence. Every error answer has one of
 * these types, including the ones plain HTTP already names (unknown path, wrong method,
 * unsupported media type): whichever part of the server meets the failure, the client sees one
 * shape.
 */
enum ProblemType {
    VALIDATION("validation", "Invalid values"),
    MALFORMED_REQUEST("malformed-request", "Malformed request"),
    USER_NOT_FOUND("user-not-found", "User not found"),
    RUN_NOT_FOUND("run-not-found", "Run not found"),
    EMAIL_TAKEN("email-taken", "Email already taken"),
    STALE_VERSION("stale-version", "Changed since it was read"),
    UNAUTHENTICATED("unauthenticated", "Not signed in"),
    SIGN_IN_FAILED("sign-in-failed", "Sign-in failed"),
    TOO_MANY_SIGN_INS("too-many-sign-ins", "Too many failed sign-ins"),
    NOT_ALLOWED("not-allowed", "Not allowed"),
    DATABASE_UNAVAILABLE("database-unavailable", "Database unavailable"),
    NO_SUCH_ENDPOINT("no-such-endpoint", "No such endpoint"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    BODY_TOO_LARGE("body-too-large", "Body too large"),
    REQUEST_REJECTED("request-rejected", "Request rejected"),
    SERVER_ERROR("server-error", "Server error");

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

    /** The type of an error that only its HTTP status describes, as Spring MVC or the servlet container reports it. */
    static ProblemType ofStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> NO_SUCH_ENDPOINT;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status.is5xxServerError() ? SERVER_ERROR : REQUEST_REJECTED;
        };
    }
}

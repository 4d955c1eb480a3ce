package dev.runlog.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every problem Runlog answers with (RFC 9457, {@code application/problem+json}), built here
 * and nowhere else, whichever part of the server meets the failure: the advice for what
 * controllers throw, the error controller for what the servlet container reports, the body
 * limit filter, and Tomcat's error report valve before any servlet runs. The first two hand the
 * problem to Spring MVC to write; the filter and the valve must write bytes themselves, with
 * {@link #json}.
 */
public final class Problems {

    private static final String UNEXPECTED =
            "The server could not complete the request. It has been logged; please try again later.";
    static final String TOO_LARGE = "The request body is larger than 1 MiB, the most this API reads.";

    private static final JsonFactory JSON = new JsonFactory();

    private Problems() {}

    static ProblemDetail invalidValues(List<FieldError> errors) {
        return withErrors(
                of(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, "The request has invalid values; see errors."),
                errors);
    }

    static ProblemDetail malformedBody() {
        return of(
                HttpStatus.BAD_REQUEST,
                ProblemType.MALFORMED_REQUEST,
                "The request body is missing or is not valid JSON.");
    }

    static ProblemDetail wrongTypeField(String field) {
        return withErrors(
                of(
                        HttpStatus.BAD_REQUEST,
                        ProblemType.MALFORMED_REQUEST,
                        "The request body has a value of the wrong type; see errors."),
                List.of(new FieldError(field, field + " has a value of the wrong type.")));
    }

    /** A path variable or query parameter that is not a number, told with the range it takes. */
    static ProblemDetail wrongTypeParameter(String parameter) {
        return withErrors(
                of(
                        HttpStatus.BAD_REQUEST,
                        ProblemType.MALFORMED_REQUEST,
                        "The request has a parameter of the wrong type; see errors."),
                List.of(new FieldError(parameter, ParameterRanges.expectationOf(parameter))));
    }

    static ProblemDetail userNotFound(String detail) {
        return of(HttpStatus.NOT_FOUND, ProblemType.USER_NOT_FOUND, detail);
    }

    static ProblemDetail runNotFound(String detail) {
        return of(HttpStatus.NOT_FOUND, ProblemType.RUN_NOT_FOUND, detail);
    }

    static ProblemDetail emailTaken(String detail) {
        return of(HttpStatus.CONFLICT, ProblemType.EMAIL_TAKEN, detail);
    }

    static ProblemDetail staleVersion(String detail) {
        return of(HttpStatus.PRECONDITION_FAILED, ProblemType.STALE_VERSION, detail);
    }

    /** No token, or one that signs no one in; sent with a {@code WWW-Authenticate: Bearer} challenge. */
    static ProblemDetail unauthenticated(String detail) {
        return of(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHENTICATED, detail);
    }

    /** Sent with a {@code WWW-Authenticate: Basic} challenge; the same for every reason, on purpose. */
    static ProblemDetail signInFailed() {
        return of(
                HttpStatus.UNAUTHORIZED,
                ProblemType.SIGN_IN_FAILED,
                "Sign in with HTTP Basic: your email and password. The email or the password is wrong, or missing.");
    }

    /** Sent with a Retry-After header saying how long this client must wait for this account. */
    static ProblemDetail tooManySignIns(String detail) {
        return of(HttpStatus.TOO_MANY_REQUESTS, ProblemType.TOO_MANY_SIGN_INS, detail);
    }

    static ProblemDetail notAllowed(String detail) {
        return of(HttpStatus.FORBIDDEN, ProblemType.NOT_ALLOWED, detail);
    }

    /** Sent with a Retry-After header: the same request may well succeed in a few seconds. */
    static ProblemDetail storeUnavailable() {
        return of(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemType.DATABASE_UNAVAILABLE,
                "The service cannot reach its database right now. Please retry in a few seconds.");
    }

    /** The filter's answer to a declared length, and the advice's to a body cut off while read. */
    static ProblemDetail bodyTooLarge() {
        return of(HttpStatus.CONTENT_TOO_LARGE, ProblemType.BODY_TOO_LARGE, TOO_LARGE);
    }

    static ProblemDetail noEndpoint() {
        return of(HttpStatus.NOT_FOUND, ProblemType.NO_SUCH_ENDPOINT, "Nothing is served at this address.");
    }

    /** Anything unforeseen: the client learns nothing of what went wrong inside. */
    static ProblemDetail unexpected() {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.SERVER_ERROR, UNEXPECTED);
    }

    /**
     * A failure Spring MVC meets before a controller runs (a method the path does not serve, a
     * media type it cannot read or write), in Spring's words, which name only what the client
     * sent or may send.
     */
    static ProblemDetail httpFailure(HttpStatusCode status, String detail) {
        return of(
                status,
                ProblemType.ofStatus(status),
                detail != null ? detail : "The request could not be handled (HTTP " + status.value() + ").");
    }

    /** An error the servlet container reported for a request that reached it; {@code path} may be null. */
    static ProblemDetail forwardedError(HttpStatus status, String path) {
        return withInstance(
                httpFailure(
                        status,
                        status.is5xxServerError()
                                ? "The server could not complete the request. Please try again later."
                                : "The request could not be handled: " + status.getReasonPhrase() + "."),
                path);
    }

    /**
     * An error Tomcat answers before any servlet runs (a URL it cannot decode, a header too
     * large): of any status, even one Spring has no name for, and with no path, which may be
     * what was wrong.
     */
    public static ProblemDetail rejectedByContainer(int status) {
        return httpFailure(HttpStatusCode.valueOf(status), "The request could not be handled.");
    }

    /**
     * The problem as JSON, in the order Spring MVC writes one (type, title, status, detail,
     * instance), for the writers that have no message converter at hand. Problems written this
     * way carry no {@code errors}.
     */
    public static String json(ProblemDetail problem) {
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(json)) {
            generator.writeStartObject();
            generator.writeStringProperty("type", String.valueOf(problem.getType()));
            generator.writeStringProperty("title", problem.getTitle());
            generator.writeNumberProperty("status", problem.getStatus());
            generator.writeStringProperty("detail", problem.getDetail());
            if (problem.getInstance() != null) {
                generator.writeStringProperty("instance", problem.getInstance().toString());
            }
            generator.writeEndObject();
        }
        return json.toString();
    }

    private static ProblemDetail of(HttpStatusCode status, ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The path the problem occurred at, unless it is no valid URI (then it may be what was wrong). */
    /**
     * Answers with the problem, for the filters that run before Spring MVC and have no message
     * converter: its status, and its JSON as UTF-8 bytes, without a charset parameter, as Spring
     * MVC writes problems (JSON is UTF-8, RFC 8259).
     */
    static void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** The problem, naming the request it answers, for the writers outside Spring MVC. */
    static ProblemDetail at(ProblemDetail problem, String path) {
        return withInstance(problem, path);
    }

    private static ProblemDetail withInstance(ProblemDetail problem, String path) {
        if (path != null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // leave the instance out
            }
        }
        return problem;
    }
}

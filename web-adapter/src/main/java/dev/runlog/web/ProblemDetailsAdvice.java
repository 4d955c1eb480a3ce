package dev.runlog.web;

import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.NotAllowedException;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.UserNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}), as built by
 * {@link Problems}: the domain's exceptions into 400, 404, 409, 412 and, for a store that cannot
 * be reached, 503; a body over the limit into 413; Spring MVC's own failures (wrong method,
 * unsupported media type, ...) through {@link ResponseEntityExceptionHandler}, typed like the
 * rest. Details are
 * written for clients: no stack trace, exception class or SQL ever reaches a response.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** Seconds a client should wait before it tries again while the store is away. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler
    ResponseEntity<Object> invalidValues(InvalidValueException e) {
        return response(Problems.invalidValues(
                e.violations().stream().map(FieldError::from).toList()));
    }

    @ExceptionHandler
    ResponseEntity<Object> userNotFound(UserNotFoundException e) {
        return response(Problems.userNotFound(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> runNotFound(RunNotFoundException e) {
        return response(Problems.runNotFound(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> notAllowed(NotAllowedException e) {
        return response(Problems.notAllowed(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> emailTaken(EmailAlreadyTakenException e) {
        return response(Problems.emailTaken(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> staleVersion(StaleVersionException e) {
        return response(Problems.staleVersion(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> unmatchableIfMatch(EntityTags.UnmatchableIfMatchException e) {
        return response(Problems.staleVersion(e.getMessage()));
    }

    /** The store is away (stopped, restarting, no connection free in time): the request may well succeed later. */
    @ExceptionHandler
    ResponseEntity<Object> storeUnavailable(StoreUnavailableException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        log.warn(
                "Store unavailable: {}",
                cause.getMessage() == null
                        ? cause.getClass().getSimpleName()
                        : cause.getMessage()
                                .lines()
                                .filter(line -> !line.isBlank())
                                .findFirst()
                                .orElse(""));
        ProblemDetail problem = Problems.storeUnavailable();
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /** Anything unforeseen: logged in full here, told to the client without internals. */
    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        return response(Problems.unexpected());
    }

    /** A body that is not JSON, or JSON with a value of the wrong type for a field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causeOfType(e, BodySizeLimitFilter.BodyTooLargeException.class) != null) {
            return response(Problems.bodyTooLarge());
        }
        JacksonException jsonError = causeOfType(e, JacksonException.class);
        String field = jsonError == null ? "" : fieldPath(jsonError);
        return response(field.isEmpty() ? Problems.malformedBody() : Problems.wrongTypeField(field));
    }

    /** A path variable or query parameter that is not of its type, such as /api/users/abc. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return response(Problems.wrongTypeParameter(Objects.requireNonNullElse(name, "parameter")));
    }

    /** A path that no endpoint serves. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return response(Problems.noEndpoint());
    }

    /**
     * Spring MVC's own failures (a method the path does not serve, a media type it cannot read
     * or write): Spring's detail and headers (such as {@code Allow}), in Runlog's problem shape.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e instanceof ErrorResponse spring ? spring.getBody().getDetail() : null;
        return super.handleExceptionInternal(e, Problems.httpFailure(status, detail), headers, status, request);
    }

    private static ResponseEntity<Object> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String fieldPath(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}

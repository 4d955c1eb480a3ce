package dev.runlog.web;

import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.user.UserNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}): the domain's
 * exceptions into 400, 404, 409 and 412; an unreachable database into 503; a body over the limit
 * into 413; Spring MVC's own failures (unknown path, wrong method, unsupported media type, ...)
 * through {@link ResponseEntityExceptionHandler}. Details are written for clients: no stack
 * trace, exception class or SQL ever reaches a response.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler
    ResponseEntity<Object> invalidValues(InvalidValueException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION,
                "The request has invalid values; see errors.");
        problem.setProperty("errors", e.violations().stream().map(FieldError::from).toList());
        return response(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> userNotFound(UserNotFoundException e) {
        return response(problem(HttpStatus.NOT_FOUND, ProblemType.USER_NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> runNotFound(RunNotFoundException e) {
        return response(problem(HttpStatus.NOT_FOUND, ProblemType.RUN_NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> emailTaken(EmailAlreadyTakenException e) {
        return response(problem(HttpStatus.CONFLICT, ProblemType.EMAIL_TAKEN, e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> staleVersion(StaleVersionException e) {
        return response(problem(HttpStatus.PRECONDITION_FAILED, ProblemType.STALE_VERSION, e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> unmatchableIfMatch(EntityTags.UnmatchableIfMatchException e) {
        return response(problem(HttpStatus.PRECONDITION_FAILED, ProblemType.STALE_VERSION, e.getMessage()));
    }

    /**
     * A failure of the database layer. When the database cannot be reached (stopped, restarting,
     * no connection free in time), the request may well succeed later: 503 with Retry-After.
     * Anything else there is a fault of the server: 500.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Object> databaseFailed(Exception e) {
        if (!isUnreachableDatabase(e)) {
            return unexpected(e);
        }
        log.warn("Database unavailable: {}", e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().filter(line -> !line.isBlank()).findFirst().orElse(""));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.DATABASE_UNAVAILABLE,
                        "The service cannot reach its database right now. Please retry in a few seconds."));
    }

    /** Anything unforeseen: logged in full here, told to the client without internals. */
    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        return response(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not complete the request. It has been logged; please try again later."));
    }

    /** A body that is not JSON, or JSON with a value of the wrong type for a field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causeOfType(e, BodySizeLimitFilter.BodyTooLargeException.class) != null) {
            return response(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, BodySizeLimitFilter.TOO_LARGE));
        }
        JacksonException jsonError = causeOfType(e, JacksonException.class);
        String field = jsonError == null ? "" : fieldPath(jsonError);
        if (field.isEmpty()) {
            return response(problem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_REQUEST,
                    "The request body is missing or is not valid JSON."));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_REQUEST,
                "The request body has a value of the wrong type; see errors.");
        problem.setProperty("errors", List.of(new FieldError(field, field + " has a value of the wrong type.")));
        return response(problem);
    }

    /** A path variable or query parameter that is not of its type, such as /api/users/abc. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String field = Objects.requireNonNullElse(name, "parameter");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_REQUEST,
                "The request has a parameter of the wrong type; see errors.");
        problem.setProperty("errors", List.of(new FieldError(field,
                field + " must be a whole number from 0 to " + Long.MAX_VALUE + ".")));
        return response(problem);
    }

    /** A path that no endpoint serves. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return response(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nothing is served at this address."));
    }

    private static ProblemDetail problem(HttpStatus status, ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
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

    private static boolean isUnreachableDatabase(Throwable e) {
        return causeOfType(e, CannotCreateTransactionException.class) != null
                || causeOfType(e, DataAccessResourceFailureException.class) != null
                || causeOfType(e, TransientDataAccessException.class) != null
                || causeOfType(e, SQLTransientConnectionException.class) != null
                || causeOfType(e, SQLNonTransientConnectionException.class) != null;
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

package dev.runlog.web;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.PRECONDITION_FAILED;
import static org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE;

/**
 * Completes the OpenAPI description springdoc generates from the controllers: what the API is,
 * the problem-details schema, and, for every endpoint, each error status it can answer with an
 * example problem. An endpoint missing from {@link #PROBLEMS} fails the description, so a new
 * endpoint cannot go out with its errors undocumented.
 */
public class ApiDocumentation implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = "application/problem+json";

    /** The errors of each endpoint, as in the README's contract; every endpoint can also answer 500 and 503. */
    private static final Map<String, List<HttpStatus>> PROBLEMS = Map.ofEntries(
            entry("POST /api/users", List.of(BAD_REQUEST, CONFLICT, UNSUPPORTED_MEDIA_TYPE)),
            entry("GET /api/users", List.of(BAD_REQUEST)),
            entry("GET /api/users/{id}", List.of(BAD_REQUEST, NOT_FOUND)),
            entry(
                    "PUT /api/users/{id}",
                    List.of(BAD_REQUEST, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, UNSUPPORTED_MEDIA_TYPE)),
            entry("DELETE /api/users/{id}", List.of(BAD_REQUEST, NOT_FOUND, PRECONDITION_FAILED)),
            entry("POST /api/users/{userId}/runs", List.of(BAD_REQUEST, NOT_FOUND, UNSUPPORTED_MEDIA_TYPE)),
            entry("POST /api/users/{userId}/runs/batch", List.of(BAD_REQUEST, NOT_FOUND, UNSUPPORTED_MEDIA_TYPE)),
            entry("GET /api/users/{userId}/runs", List.of(BAD_REQUEST, NOT_FOUND)),
            entry("GET /api/users/{userId}/stats", List.of(BAD_REQUEST, NOT_FOUND)),
            entry("GET /api/runs", List.of(BAD_REQUEST)),
            entry("GET /api/runs/{id}", List.of(BAD_REQUEST, NOT_FOUND)),
            entry("PUT /api/runs/{id}", List.of(BAD_REQUEST, NOT_FOUND, PRECONDITION_FAILED, UNSUPPORTED_MEDIA_TYPE)),
            entry("DELETE /api/runs/{id}", List.of(BAD_REQUEST, NOT_FOUND, PRECONDITION_FAILED)));

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title("Runlog API").version("1").description("""
                                A running log: users and the runs they log. Lists are paged by keyset \
                                (follow `next`); errors are RFC 9457 problem details whose `type` is one of \
                                """ + problemTypes() + """
                                . GET answers an ETag (the version); \
                                PUT and DELETE with an `If-Match` that is no longer current get 412. While the \
                                database cannot be reached, requests get 503 with Retry-After."""))
                .servers(List.of(new Server()
                        .url("http://localhost:8080")
                        .description("Runlog started on this machine with ./mvnw spring-boot:run")))
                .tags(List.of(
                        new Tag()
                                .name("Users")
                                .description("Runners: sign-up details, and each with all of their runs"),
                        new Tag().name("Runs").description("Runs logged, imported, listed, corrected and summed up")));
        openApi.getComponents()
                .addSchemas("Problem", problemSchema())
                .addSchemas(
                        "FieldError",
                        new ObjectSchema()
                                .addProperty("field", new StringSchema().example("email"))
                                .addProperty(
                                        "message",
                                        new StringSchema()
                                                .example("email must look like an address,"
                                                        + " such as alice@example.com.")));
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> documentProblems(method + " " + path, operation)));
    }

    private static void documentProblems(String endpoint, Operation operation) {
        List<HttpStatus> problems = PROBLEMS.get(endpoint);
        if (problems == null) {
            throw new IllegalStateException("Document the problems of " + endpoint + " in ApiDocumentation.PROBLEMS");
        }
        List<HttpStatus> all = new ArrayList<>(problems);
        all.add(HttpStatus.INTERNAL_SERVER_ERROR);
        all.add(HttpStatus.SERVICE_UNAVAILABLE);
        for (HttpStatus status : all) {
            operation
                    .getResponses()
                    .addApiResponse(
                            String.valueOf(status.value()),
                            new ApiResponse()
                                    .description(describe(status))
                                    .content(new Content()
                                            .addMediaType(
                                                    PROBLEM_JSON,
                                                    new MediaType()
                                                            .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                                                            .examples(examplesOf(status)))));
        }
    }

    private static String describe(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST ->
                "Invalid values (every bad field is listed in errors), malformed JSON,"
                        + " or a parameter of the wrong type";
            case NOT_FOUND -> "No such user or run";
            case CONFLICT -> "The email address is taken by another user, ignoring case";
            case PRECONDITION_FAILED ->
                "If-Match names a version that is no longer the current one; nothing was changed";
            case UNSUPPORTED_MEDIA_TYPE -> "The body is not application/json";
            case SERVICE_UNAVAILABLE -> "The database cannot be reached right now; retry after the Retry-After seconds";
            default -> "The server failed; the request may be retried";
        };
    }

    /** What the app answers, built by {@link Problems} from the domain's own failures: no text of its own. */
    private static Map<String, Example> examplesOf(HttpStatus status) {
        Map<String, Example> examples = new LinkedHashMap<>();
        switch (status) {
            case BAD_REQUEST -> {
                examples.put(
                        "validation", example(Problems.invalidValues(fieldErrorsOf(() -> Distance.ofMiles(-1.0)))));
                examples.put("malformed", example(Problems.malformedBody()));
            }
            case NOT_FOUND -> {
                examples.put(
                        "user", example(Problems.userNotFound(new UserNotFoundException(new UserId(42)).getMessage())));
                examples.put(
                        "run", example(Problems.runNotFound(new RunNotFoundException(new RunId(42)).getMessage())));
            }
            case CONFLICT ->
                examples.put(
                        "emailTaken",
                        example(Problems.emailTaken(
                                new EmailAlreadyTakenException(new Email("alice@example.com")).getMessage())));
            case PRECONDITION_FAILED ->
                examples.put(
                        "staleVersion",
                        example(Problems.staleVersion(new StaleVersionException(new Version(3)).getMessage())));
            case SERVICE_UNAVAILABLE -> examples.put("databaseUnavailable", example(Problems.storeUnavailable()));
            case INTERNAL_SERVER_ERROR -> examples.put("unexpected", example(Problems.unexpected()));
            default -> examples.put("http", example(Problems.rejectedByContainer(status.value())));
        }
        return examples;
    }

    /** The field errors a domain check reports, as a 400 lists them. */
    private static List<FieldError> fieldErrorsOf(Runnable check) {
        try {
            check.run();
        } catch (InvalidValueException e) {
            return e.violations().stream().map(FieldError::from).toList();
        }
        throw new IllegalStateException("the example's check passed");
    }

    /** The problem as the app writes it: RFC 9457's default type spelled out. */
    private static Example example(ProblemDetail problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", String.valueOf(problem.getType()));
        HttpStatus status = HttpStatus.valueOf(problem.getStatus());
        json.put("title", problem.getTitle() == null ? status.getReasonPhrase() : problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> errors) {
            json.put(
                    "errors",
                    errors.stream()
                            .map(error -> (FieldError) error)
                            .map(error -> Map.of("field", error.field(), "message", error.message()))
                            .toList());
        }
        return new Example().value(json);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, written for clients")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .example(ProblemType.VALIDATION.uri().toString()))
                .addProperty("title", new StringSchema().example(ProblemType.VALIDATION.title()))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid values; see errors."))
                .addProperty("instance", new StringSchema().format("uri").example("/api/users"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("Each bad field, for validation problems")
                                .items(new Schema<>().$ref("#/components/schemas/FieldError")));
    }

    private static String problemTypes() {
        List<String> types = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            types.add("`" + type.uri() + "` (" + type.title() + ")");
        }
        return String.join(", ", types);
    }
}

package dev.runlog.web;

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
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

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
                                , or `about:blank` for plain HTTP errors. GET answers an ETag (the version); \
                                PUT and DELETE with an `If-Match` that is no longer current get 412. While the \
                                database cannot be reached, requests get 503 with Retry-After."""))
                .servers(List.of(new Server().url("/")));
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

    private static Map<String, Example> examplesOf(HttpStatus status) {
        Map<String, Example> examples = new LinkedHashMap<>();
        switch (status) {
            case BAD_REQUEST -> {
                examples.put(
                        "validation",
                        example(
                                ProblemType.VALIDATION,
                                status,
                                "The request has invalid values; see errors.",
                                List.of(Map.of(
                                        "field",
                                        "distance",
                                        "message",
                                        "distance must be a number of miles above 0 and at most 1000."))));
                examples.put(
                        "malformed",
                        example(
                                ProblemType.MALFORMED_REQUEST,
                                status,
                                "The request body is missing or is not valid JSON.",
                                null));
            }
            case NOT_FOUND -> {
                examples.put("user", example(ProblemType.USER_NOT_FOUND, status, "No user with id 42 exists.", null));
                examples.put("run", example(ProblemType.RUN_NOT_FOUND, status, "No run with id 42 exists.", null));
            }
            case CONFLICT ->
                examples.put(
                        "emailTaken",
                        example(
                                ProblemType.EMAIL_TAKEN,
                                status,
                                "The email address alice@example.com is already taken by another user.",
                                null));
            case PRECONDITION_FAILED ->
                examples.put(
                        "staleVersion",
                        example(
                                ProblemType.STALE_VERSION,
                                status,
                                "It has changed since version 3 was read; read it again and retry.",
                                null));
            case SERVICE_UNAVAILABLE ->
                examples.put(
                        "databaseUnavailable",
                        example(
                                ProblemType.DATABASE_UNAVAILABLE,
                                status,
                                "The service cannot reach its database right now. Please retry in a few seconds.",
                                null));
            default -> examples.put("http", example(null, status, "The request could not be handled.", null));
        }
        return examples;
    }

    private static Example example(
            ProblemType type, HttpStatus status, String detail, List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type == null ? "about:blank" : type.uri().toString());
        problem.put("title", type == null ? status.getReasonPhrase() : type.title());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        return new Example().value(problem);
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

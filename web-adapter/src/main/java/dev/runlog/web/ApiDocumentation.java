package dev.runlog.web;

import dev.runlog.domain.model.access.SignUpClosedException;
import dev.runlog.domain.model.access.TooManySignInsException;
import dev.runlog.domain.model.run.CalendarPeriod;
import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Map.entry;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR;
import static org.springframework.http.HttpStatus.NOT_ACCEPTABLE;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.PRECONDITION_FAILED;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;
import static org.springframework.http.HttpStatus.TOO_MANY_REQUESTS;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;
import static org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE;

/**
 * Completes the OpenAPI description springdoc generates from the controllers, so that it says
 * exactly what the app answers: what the API is, the problem-details schema, every status each
 * operation can answer (with an example problem built by {@link Problems}, as the app builds
 * it), every header, and the ranges of the parameters. An operation missing from
 * {@link #PROBLEMS} fails the description, so a new one cannot go out with its errors
 * undocumented.
 */
public class ApiDocumentation implements OpenApiCustomizer {

    /**
     * The header of a write's position, sent by the app's bootstrap where replicas serve reads
     * (its ReadAfterFilter) under the name this description gives.
     */
    public static final String READ_AFTER = "Runlog-Read-After";

    /** "Not blank", as a JSON Schema pattern: patterns match anywhere, so one character that is not white space. */
    static final String NOT_BLANK = "\\S";

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String FIELD_ERROR = "#/components/schemas/FieldError";

    /**
     * The errors of each operation that its own inputs can cause. Every operation can also
     * answer 406, 500 and 503, and one that takes a body 413 and 415.
     */
    private static final Map<String, List<HttpStatus>> PROBLEMS = Map.ofEntries(
            entry("registerUser", List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, CONFLICT)),
            entry("signIn", List.of(UNAUTHORIZED, TOO_MANY_REQUESTS)),
            entry("signOut", List.of(UNAUTHORIZED)),
            entry("changePassword", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("listUsers", List.of(BAD_REQUEST, UNAUTHORIZED)),
            entry("getUser", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("updateUser", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND, CONFLICT, PRECONDITION_FAILED)),
            entry("deleteUser", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND, PRECONDITION_FAILED)),
            entry("logRun", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("importRuns", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("listUserRuns", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("getRunStats", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("listRuns", List.of(BAD_REQUEST, UNAUTHORIZED)),
            entry("getRun", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("updateRun", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND, PRECONDITION_FAILED)),
            entry("deleteRun", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND, PRECONDITION_FAILED)),
            entry("getSummaries", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("getRecords", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("getPreferences", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)),
            entry("changePreferences", List.of(BAD_REQUEST, UNAUTHORIZED, NOT_FOUND)));

    /** The two ways in: a bearer token for every operation, and the password to get one. */
    static final String BEARER_TOKEN = "bearerToken";

    static final String PASSWORD = "emailAndPassword";

    /** The operations whose success carries an ETag; the GETs among them answer If-None-Match. */
    private static final Set<String> TAGGED =
            Set.of("registerUser", "getUser", "updateUser", "logRun", "getRun", "updateRun");

    /** The operations that create one resource and name it in Location. */
    private static final Set<String> CREATING_ONE = Set.of("registerUser", "logRun");

    /** The operations that answer a page, and the next one's address in Link. */
    private static final Set<String> PAGED = Set.of("listUsers", "listUserRuns", "listRuns", "getSummaries");

    private final String serverUrl;
    private final String serverDescription;

    /**
     * @param serverUrl         where clients reach the API, the one server the description names:
     *                          Swagger UI's "Try it out" sends its requests there
     * @param serverDescription what that server is, in a few words
     */
    public ApiDocumentation(String serverUrl, String serverDescription) {
        this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl");
        this.serverDescription = serverDescription;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title("Runlog API").version("1").description("""
                                A running log: users and the runs they log. Lists are paged by keyset \
                                (follow `next`); errors are RFC 9457 problem details whose `type` is one of \
                                """ + problemTypes() + """
                                . A GET of one user or run answers an ETag that covers the whole answer: \
                                send it in If-None-Match to be answered 304 while nothing it shows has \
                                changed, or in If-Match to change or delete only the version you have seen \
                                (412 if it is no longer current). While the database cannot be reached, \
                                requests get 503 with Retry-After. Where Runlog reads from database \
                                replicas, an answer to a write carries `Runlog-Read-After`: send it back \
                                on your next requests to read what you wrote, however far a replica lags.

                                Sign up with `POST /api/users` (no token), then sign in with `POST /api/tokens` \
                                and HTTP Basic (your email and password) for a bearer token, and send it as \
                                `Authorization: Bearer <token>` with every other request. A runner reaches \
                                only their own user, runs and stats: anyone else's answer 404, exactly as \
                                missing ones. Admins reach everyone's."""))
                .servers(List.of(new Server().url(serverUrl).description(serverDescription)))
                .tags(List.of(
                        new Tag()
                                .name("Users")
                                .description("Runners: sign-up details, and each with all of their runs"),
                        new Tag().name("Runs").description("Runs logged, imported, listed, corrected and summed up"),
                        new Tag().name("Tokens").description("Signing in for a bearer token, and out")));
        openApi.getComponents().addSchemas("Problem", problemSchema()).addSchemas("FieldError", fieldErrorSchema());
        describeSecurity(openApi);
        // "above 0": an annotation cannot say it, as its exclusive minimum of 0 means "none".
        Schema<?> runRequest = openApi.getComponents().getSchemas().get("RunRequest");
        runRequest.getProperties().get("distance").setExclusiveMinimumValue(BigDecimal.ZERO);
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String id = operation.getOperationId();
                    if (!PROBLEMS.containsKey(id)) {
                        throw new IllegalStateException(
                                "Document the problems of " + id + " in ApiDocumentation.PROBLEMS");
                    }
                    requireSecurity(id, operation);
                    describeParameters(operation);
                    describeSuccess(id, method, operation);
                    documentProblems(path, operation, problemsOf(id, operation));
                    sortByStatus(operation.getResponses());
                }));
        requireEveryFieldOfAnswers(openApi);
    }

    /** The schemes; every operation needs a bearer token unless {@link #requireSecurity} says otherwise. */
    private static void describeSecurity(OpenAPI openApi) {
        openApi.getComponents()
                .addSecuritySchemes(
                        BEARER_TOKEN,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A token from POST /api/tokens (or, where the operator configured one, "
                                        + "a JWT of their identity provider)"))
                .addSecuritySchemes(
                        PASSWORD,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("Your email (any case) and password; only to sign in"));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER_TOKEN)));
    }

    /** Sign-in takes the password; sign-up takes no token (an admin's is optional); the rest, the default. */
    private static void requireSecurity(String id, Operation operation) {
        switch (id) {
            case "signIn" -> operation.setSecurity(List.of(new SecurityRequirement().addList(PASSWORD)));
            case "registerUser" ->
                operation.setSecurity(
                        List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER_TOKEN)));
            default -> {}
        }
    }

    private static List<HttpStatus> problemsOf(String id, Operation operation) {
        List<HttpStatus> problems = new ArrayList<>(PROBLEMS.get(id));
        problems.add(NOT_ACCEPTABLE);
        if (operation.getRequestBody() != null) {
            problems.add(CONTENT_TOO_LARGE);
            problems.add(UNSUPPORTED_MEDIA_TYPE);
        }
        problems.add(INTERNAL_SERVER_ERROR);
        problems.add(SERVICE_UNAVAILABLE);
        problems.sort(null);
        return problems;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema<?> copyOf(Schema<?> schema) {
        Schema copy = new Schema<>();
        copy.setType(schema.getType());
        copy.setTypes(schema.getTypes());
        copy.setFormat(schema.getFormat());
        copy.setMinimum(schema.getMinimum());
        copy.setMaximum(schema.getMaximum());
        if (schema.getDefault() != null) {
            copy.setDefault(schema.getDefault());
        }
        return copy;
    }

    private static List unitSymbols() {
        return Arrays.stream(DistanceUnit.values()).map(DistanceUnit::symbol).toList();
    }

    private static List periodNames() {
        return Arrays.stream(CalendarPeriod.values())
                .map(CalendarPeriod::toString)
                .toList();
    }

    /** Ranges from {@link ParameterRanges} (the ones a 400 tells), dates as dates, the default page size. */
    private static void describeParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        boolean ofSummaries = "getSummaries".equals(operation.getOperationId());
        for (Parameter parameter : operation.getParameters()) {
            // springdoc may hand several parameters of one type the same schema object: each gets its own.
            Schema<?> schema = copyOf(parameter.getSchema());
            parameter.setSchema(schema);
            ParameterRanges.of(parameter.getName())
                    .ifPresent(range ->
                            schema.minimum(BigDecimal.valueOf(range.min())).maximum(BigDecimal.valueOf(range.max())));
            switch (parameter.getName()) {
                case "limit" -> {
                    if (ofSummaries) { // periods, not items: a page of a longer list
                        schema.maximum(BigDecimal.valueOf(SummaryRequest.MAX_LIMIT));
                        schema.setDefault(SummaryRequest.DEFAULT_LIMIT);
                    } else {
                        schema.setDefault(PageRequest.DEFAULT_LIMIT);
                    }
                }
                case "unit" -> schema.setEnum(unitSymbols());
                case "period" -> schema.setEnum(periodNames());
                case "after" -> parameter.description("The last id of the page before; left out for the first page");
                case "from", "to" -> schema.format("date");
                case "mood" -> schema.maxLength(Mood.MAX_LENGTH).pattern(NOT_BLANK);
                case HttpHeaders.IF_MATCH ->
                    parameter.description("Change or delete only if the resource is still at the version of this "
                            + "ETag (as any answer about it gave); * or left out: whatever its version");
                default -> {}
            }
        }
    }

    private static Header readAfterHeader() {
        return new Header()
                .description("Where replicas serve reads: the database's position after this write. Send it "
                        + "back as a request header, and those reads wait for a replica that has it, or "
                        + "go to the primary")
                .schema(new StringSchema().pattern("^\\d+-\\d+-\\d+(,\\d+-\\d+-\\d+)*$"));
    }

    private static void describeSuccess(String id, PathItem.HttpMethod method, Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            response.addHeaderObject(RequestIdFilter.HEADER, requestIdHeader());
            if (method != PathItem.HttpMethod.GET) {
                response.addHeaderObject(READ_AFTER, readAfterHeader());
            }
            if (TAGGED.contains(id)) {
                response.addHeaderObject(HttpHeaders.ETAG, etagHeader());
            }
            if (CREATING_ONE.contains(id)) {
                response.addHeaderObject(
                        HttpHeaders.LOCATION,
                        new Header()
                                .description("The new resource's address")
                                .required(true)
                                .schema(new StringSchema().format("uri-reference")));
            }
            if (PAGED.contains(id)) {
                response.addHeaderObject(
                        HttpHeaders.LINK,
                        new Header()
                                .description("The next page, as `<address>; rel=\"next\"`; left out on the last page")
                                .schema(new StringSchema()));
            }
        });
        if (TAGGED.contains(id) && method == PathItem.HttpMethod.GET) {
            answerConditionally(operation);
        }
    }

    /** A GET with an ETag: If-None-Match with the last one seen answers 304 while the answer is unchanged. */
    private static void answerConditionally(Operation operation) {
        operation.addParametersItem(new Parameter()
                .in("header")
                .name(HttpHeaders.IF_NONE_MATCH)
                .description("The ETag of the answer you have: 304 without a body while it is still the answer")
                .schema(new StringSchema()));
        operation
                .getResponses()
                .addApiResponse(
                        "304",
                        new ApiResponse()
                                .description("Not modified: the answer is still the one of the ETag sent")
                                .addHeaderObject(HttpHeaders.ETAG, etagHeader())
                                .addHeaderObject(RequestIdFilter.HEADER, requestIdHeader()));
    }

    private static void documentProblems(String path, Operation operation, List<HttpStatus> problems) {
        for (HttpStatus status : problems) {
            ApiResponse response = new ApiResponse()
                    .description(describe(status))
                    .addHeaderObject(RequestIdFilter.HEADER, requestIdHeader())
                    .content(new Content()
                            .addMediaType(
                                    PROBLEM_JSON,
                                    new MediaType()
                                            .schema(new Schema<>().$ref(PROBLEM))
                                            .examples(examplesOf(status, path, operation))));
            if (status == UNAUTHORIZED) {
                response.addHeaderObject(
                        HttpHeaders.WWW_AUTHENTICATE,
                        new Header()
                                .description("The challenge: Basic to sign in, Bearer (with the error) elsewhere")
                                .required(true)
                                .schema(new StringSchema()));
            }
            if (status == TOO_MANY_REQUESTS) {
                response.addHeaderObject(
                        HttpHeaders.RETRY_AFTER,
                        new Header()
                                .description("Seconds this address must wait before signing in to this account again")
                                .required(true)
                                .schema(new IntegerSchema().minimum(BigDecimal.ONE)));
            }
            if (status == SERVICE_UNAVAILABLE) {
                response.addHeaderObject(
                        HttpHeaders.RETRY_AFTER,
                        new Header()
                                .description("Seconds to wait before trying again")
                                .required(true)
                                .schema(new IntegerSchema().minimum(BigDecimal.ONE)));
            }
            operation.getResponses().addApiResponse(String.valueOf(status.value()), response);
        }
    }

    private static String describe(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST ->
                "Invalid values (every bad field is listed in errors), malformed JSON,"
                        + " or a parameter of the wrong type";
            case UNAUTHORIZED ->
                "Not signed in: no token, or one that is malformed, unknown, expired or revoked"
                        + " (to sign in: a wrong or unknown email or password)";
            case FORBIDDEN -> "Not allowed: only an admin creates users for others, or sign-up is closed";
            case TOO_MANY_REQUESTS -> "Too many failed sign-ins for this account from this address; wait Retry-After";
            case NOT_FOUND -> "No such user or run, or one that is not yours: both answer alike";
            case CONFLICT -> "The email address is taken by another user, ignoring case";
            case PRECONDITION_FAILED ->
                "If-Match names a version that is no longer the current one; nothing was changed";
            case NOT_ACCEPTABLE -> "Accept names no type this operation answers in (application/json)";
            case CONTENT_TOO_LARGE -> "The body is larger than 1 MiB; nothing was read or stored";
            case UNSUPPORTED_MEDIA_TYPE -> "The body is not application/json";
            case SERVICE_UNAVAILABLE -> "The database cannot be reached right now; retry after the Retry-After seconds";
            default -> "The server failed; the request may be retried";
        };
    }

    /** What the app answers, built by {@link Problems} from the domain's and Spring's failures: no text of its own. */
    private static Map<String, Example> examplesOf(HttpStatus status, String path, Operation operation) {
        Map<String, Example> examples = new LinkedHashMap<>();
        String instance = path.replaceAll("\\{[^}]+}", "42");
        switch (status) {
            case BAD_REQUEST -> examples.putAll(badRequestExamplesOf(operation, instance));
            case UNAUTHORIZED -> {
                if ("signIn".equals(operation.getOperationId())) {
                    examples.put("signInFailed", example(Problems.signInFailed(), instance));
                } else {
                    examples.put(
                            "invalidToken",
                            example(Problems.unauthenticated(SecurityProblems.INVALID_TOKEN), instance));
                }
            }
            case FORBIDDEN ->
                examples.put(
                        "signUpClosed",
                        example(Problems.notAllowed(new SignUpClosedException().getMessage()), instance));
            case TOO_MANY_REQUESTS ->
                examples.put(
                        "tooManySignIns",
                        example(
                                Problems.tooManySignIns(
                                        new TooManySignInsException(Duration.ofSeconds(840)).getMessage()),
                                instance));
            case NOT_FOUND -> {
                examples.put(
                        "user",
                        example(
                                Problems.userNotFound(new UserNotFoundException(new UserId(42)).getMessage()),
                                instance));
                examples.put(
                        "run",
                        example(Problems.runNotFound(new RunNotFoundException(new RunId(42)).getMessage()), instance));
            }
            case CONFLICT ->
                examples.put(
                        "emailTaken",
                        example(
                                Problems.emailTaken(
                                        new EmailAlreadyTakenException(new Email("alice@example.com")).getMessage()),
                                instance));
            case PRECONDITION_FAILED ->
                examples.put(
                        "staleVersion",
                        example(
                                Problems.staleVersion(new StaleVersionException(new Version(3)).getMessage()),
                                instance));
            case NOT_ACCEPTABLE ->
                examples.put(
                        "notAcceptable",
                        example(
                                Problems.httpFailure(
                                        status,
                                        new HttpMediaTypeNotAcceptableException(
                                                        List.of(org.springframework.http.MediaType.APPLICATION_JSON))
                                                .getBody()
                                                .getDetail()),
                                instance));
            case CONTENT_TOO_LARGE -> examples.put("bodyTooLarge", example(Problems.bodyTooLarge(), null));
            case UNSUPPORTED_MEDIA_TYPE ->
                examples.put(
                        "unsupportedMediaType",
                        example(
                                Problems.httpFailure(
                                        status,
                                        new HttpMediaTypeNotSupportedException(
                                                        org.springframework.http.MediaType.TEXT_PLAIN,
                                                        List.of(org.springframework.http.MediaType.APPLICATION_JSON),
                                                        HttpMethod.POST)
                                                .getBody()
                                                .getDetail()),
                                instance));
            case SERVICE_UNAVAILABLE ->
                examples.put("databaseUnavailable", example(Problems.storeUnavailable(), instance));
            default -> examples.put("unexpected", example(Problems.unexpected(), instance));
        }
        return examples;
    }

    /** A bad body for an operation that takes one; otherwise a parameter that is not a number. */
    private static Map<String, Example> badRequestExamplesOf(Operation operation, String instance) {
        Map<String, Example> examples = new LinkedHashMap<>();
        if (operation.getRequestBody() != null) {
            examples.put(
                    "validation",
                    example(Problems.invalidValues(fieldErrorsOf(() -> Distance.ofMiles(-1.0))), instance));
            examples.put("malformed", example(Problems.malformedBody(), instance));
        }
        Objects.requireNonNullElse(operation.getParameters(), List.<Parameter>of()).stream()
                .map(Parameter::getName)
                .filter(name -> ParameterRanges.of(name).isPresent())
                .findFirst()
                .ifPresent(name ->
                        examples.put("wrongTypeParameter", example(Problems.wrongTypeParameter(name), instance)));
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

    /** The problem as the app writes it, at {@code instance} (null where the answer names none). */
    private static Example example(ProblemDetail problem, String instance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", String.valueOf(problem.getType()));
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        if (instance != null) {
            json.put("instance", instance);
        }
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

    private static Header requestIdHeader() {
        return new Header()
                .description("The request's id, in every log line written while serving it: the client's own "
                        + "X-Request-Id when it sent a sensible one (up to 64 of A-Z a-z 0-9 . _ : -), else a new one")
                .required(true)
                .schema(new StringSchema().minLength(1).maxLength(64));
    }

    private static Header etagHeader() {
        return new Header()
                .description("A strong entity tag: \"version\" after a change, \"version-digest\" for a GET, "
                        + "whose digest covers everything the answer shows")
                .required(true)
                .schema(new StringSchema().pattern("^\"[0-9]+(-" + EntityTags.DIGEST + ")?\"$"));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, written for clients")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("What kind of problem: one of the urn:runlog:problem: types listed above")
                                .example(ProblemType.VALIDATION.uri().toString()))
                .addProperty(
                        "title",
                        new StringSchema()
                                .description("The kind of problem, in words")
                                .example(ProblemType.VALIDATION.title()))
                .addProperty(
                        "status",
                        new IntegerSchema()
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599))
                                .example(400))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("This occurrence, in words")
                                .example("The request has invalid values; see errors."))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri-reference")
                                .description("The path that failed, when it is known")
                                .example("/api/users"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("Each bad field, for validation and malformed-request problems")
                                .items(new Schema<>().$ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field, as sent: email, [3].distance")
                                .example("email"))
                .addProperty(
                        "message",
                        new StringSchema().example("email must look like an address, such as alice@example.com."))
                .required(List.of("field", "message"));
    }

    /**
     * Every field of every object a success answers with is required: the app's JSON writer
     * writes each one, null included, so a client may rely on finding it. (Problems, whose
     * instance and errors appear only where they apply, say what they require themselves.)
     */
    private static void requireEveryFieldOfAnswers(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        openApi.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .flatMap(operation -> operation.getResponses().entrySet().stream())
                .filter(response -> response.getKey().startsWith("2"))
                .map(response -> response.getValue().getContent())
                .filter(content -> content != null)
                .flatMap(content -> content.values().stream())
                .forEach(media -> requireEveryField(media.getSchema(), schemas));
    }

    private static void requireEveryField(Schema<?> schema, Map<String, Schema> schemas) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            requireEveryField(schemas.get(schema.get$ref().substring("#/components/schemas/".length())), schemas);
            return;
        }
        requireEveryField(schema.getItems(), schemas);
        if (schema.getProperties() != null) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            schema.getProperties().values().forEach(property -> requireEveryField(property, schemas));
        }
    }

    private static void sortByStatus(ApiResponses responses) {
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(sorted);
    }

    private static String problemTypes() {
        List<String> types = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            types.add("`" + type.uri() + "` (" + type.title() + ")");
        }
        return String.join(", ", types);
    }
}

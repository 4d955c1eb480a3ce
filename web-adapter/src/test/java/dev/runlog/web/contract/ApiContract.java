package dev.runlog.web.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API description held to account: every answer to a request under {@code /api/} must be
 * one the description lists for that request's operation, with the body and headers it
 * describes. A request the description does not describe must be refused with a problem
 * (OPTIONS excepted: CORS asks it of every path).
 * Tests call {@code ApiContract.runlog().assertHonouredBy(Exchange.of(response))} on every
 * answer they get, so a field that turns null or a status nobody listed fails the build.
 */
public final class ApiContract {

    /** Tests run in their module's folder; the description is committed beside the modules. */
    private static final Path RUNLOG_DESCRIPTION = Path.of("..", "docs", "openapi.json");

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "/components/schemas/Problem";

    private final ApiDescription description;
    private final BodyCheck body;
    private final HeaderCheck headers;

    public ApiContract(ApiDescription description) {
        this.description = description;
        this.body = new BodyCheck(description);
        this.headers = new HeaderCheck(description);
    }

    /** Runlog's own description, docs/openapi.json, read once per test JVM. */
    public static ApiContract runlog() {
        return Runlog.CONTRACT;
    }

    /** Fails with every violation of this answer, one per line, if there is any. */
    public void assertHonouredBy(Exchange exchange) {
        List<String> violations = violationsIn(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "The answer is not what the API description says:\n" + String.join("\n", violations));
        }
    }

    /** Each way the answer departs from the description, as {@code GET /api/users/1 -> 200: $.runs[0].mood: ...}. */
    public List<String> violationsIn(Exchange exchange) {
        if (!exchange.path().startsWith("/api/") || exchange.method().equals("OPTIONS")) {
            return List.of(); // OPTIONS is CORS's preflight, answered by the server for every path, not an operation
        }
        Optional<DescribedOperation> operation = description.operation(exchange.method(), exchange.path());
        List<String> found = operation.isPresent() ? describedAnswer(operation.get(), exchange) : refusal(exchange);
        return found.stream().map(violation -> exchange + ": " + violation).toList();
    }

    private List<String> describedAnswer(DescribedOperation operation, Exchange exchange) {
        DescriptionNode listed = operation.response(exchange.status());
        if (listed.isMissing()) {
            return List.of("status " + exchange.status() + " is not listed for " + operation.name() + " (listed: "
                    + operation.listedStatuses() + ")");
        }
        DescriptionNode response = description.resolve(listed);
        List<String> found = new ArrayList<>(body.violations(response, exchange));
        found.addAll(headers.violations(response, exchange));
        return found;
    }

    /** What a request the description does not describe must get: a 4xx, told as a problem. */
    private List<String> refusal(Exchange exchange) {
        String undescribed = "the description has no " + exchange.method() + " " + exchange.path() + ", so ";
        if (exchange.status() < 400 || exchange.status() > 499) {
            return List.of(undescribed + "the answer must be a 4xx");
        }
        if (!exchange.mediaType().orElse("").equals(PROBLEM_JSON)) {
            return List.of(undescribed + "the answer must be " + PROBLEM_JSON + ", not "
                    + exchange.mediaType().orElse("without a Content-Type"));
        }
        return body.jsonViolations(PROBLEM_SCHEMA, exchange);
    }

    /** Holds the shared contract, so that reading the description waits until a test asks for it. */
    private static final class Runlog {
        static final ApiContract CONTRACT = new ApiContract(ApiDescription.read(RUNLOG_DESCRIPTION));
    }
}

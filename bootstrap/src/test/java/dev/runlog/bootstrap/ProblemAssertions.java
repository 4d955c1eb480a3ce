package dev.runlog.bootstrap;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer must be: an RFC 9457 problem that shows nothing of the server's insides. */
final class ProblemAssertions {

    /** What must never reach a client: stack frames, exception class names, SQL. */
    static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]|java\\.|dev\\.runlog|org\\.|SQL|select |insert |Duplicate entry",
            Pattern.CASE_INSENSITIVE);

    private ProblemAssertions() {}

    /** A problem of any client-error status: 4xx, problem JSON, no internals. */
    static void assertClientProblem(Api.Response response, String request) {
        assertThat(response.status()).as(request).isBetween(400, 499);
        assertThat(response.contentType()).as(request).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContainPattern(INTERNALS);
    }

    /** A problem of exactly this status, with a Runlog type, a title and a detail. */
    static JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("urn:runlog:problem:");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContainPattern(INTERNALS);
        return problem;
    }

    /** A 400 validation problem naming exactly these fields, in this order, each with a message. */
    static JsonNode assertValidationProblem(Api.Response response, String... fields) {
        JsonNode problem = assertProblem(response, 400);
        List<String> reported = new ArrayList<>();
        problem.get("errors").forEach(error -> {
            reported.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        });
        assertThat(reported).containsExactly(fields);
        return problem;
    }
}

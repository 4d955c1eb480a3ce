package dev.runlog.web.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rule of {@link ApiContract}, over the small description in described-api.json: an
 * answer that keeps to it passes, and one that breaks the rule is caught, with a message that
 * says which request, which status and what is wrong.
 */
class ApiContractTest {

    private static final String ALICE = """
            {"id": 7, "username": "Alice", "runs": [{"id": 1, "distance": 5.2, "mood": null}]}""";
    private static final String PROBLEM = """
            {"type": "urn:runlog:problem:not-found", "title": "Not found", "status": 404}""";

    private final ApiContract contract = new ApiContract(ApiDescription.parse(fixture("described-api.json")));

    @Test
    void anAnswerAsDescribed_passes() {
        assertThat(violationsOf(answer("GET /api/users/7", 200)
                        .header("ETag", "\"3\"")
                        .header("X-Request-Id", "abc")
                        .json(ALICE)))
                .isEmpty();
    }

    @Test
    void aNullWhereTheSchemaTakesNone_isCaught_withWhereItIs() {
        assertThat(violationsOf(userAnswer(ALICE.replace("\"Alice\"", "null"))))
                .singleElement()
                .asString()
                .startsWith("GET /api/users/7 -> 200: $.username: ")
                .contains("null found, string expected");
    }

    @Test
    void aMissingRequiredProperty_isCaught() {
        assertThat(violationsOf(userAnswer(
                        ALICE.replace("\"mood\": null", "\"mood\": \"Happy\"").replace(", \"distance\": 5.2", ""))))
                .singleElement()
                .asString()
                .contains("$.runs[0]")
                .contains("distance");
    }

    @Test
    void everyViolationOfOneAnswer_isListed() {
        String twoNulls = ALICE.replace("\"Alice\"", "null").replace("5.2", "null");

        assertThat(violationsOf(userAnswer(twoNulls)))
                .hasSize(2)
                .anySatisfy(violation -> assertThat(violation).contains("$.username"))
                .anySatisfy(violation -> assertThat(violation).contains("$.runs[0].distance"));
    }

    @Test
    void aStatusTheOperationDoesNotList_isCaught() {
        assertThat(violationsOf(answer("GET /api/users/7", 500).problem(PROBLEM)))
                .containsExactly("GET /api/users/7 -> 500: status 500 is not listed for GET /api/users/{userId}"
                        + " (listed: 200, 304, 404)");
    }

    @Test
    void aDefaultResponse_takesTheStatusesNotListed_whereOneIsDeclared() {
        assertThat(violationsOf(answer("GET /api/runs", 503).problem(PROBLEM))).isEmpty();
    }

    @Test
    void aResponseByReference_isCheckedAsTheOneItNames() {
        assertThat(violationsOf(answer("GET /api/users/7", 404).problem(PROBLEM)))
                .isEmpty();
        assertThat(violationsOf(answer("GET /api/users/7", 404).problem("{\"title\": \"Not found\"}")))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("required"));
    }

    @Test
    void aMissingRequiredHeader_isCaught() {
        assertThat(violationsOf(answer("GET /api/users/7", 200)
                        .header("X-Request-Id", "abc")
                        .json(ALICE)))
                .containsExactly("GET /api/users/7 -> 200: header ETag is required but missing");
    }

    @Test
    void aHeaderDeclaredByReference_isRequiredToo() {
        assertThat(violationsOf(
                        answer("GET /api/users/7", 200).header("ETag", "\"3\"").json(ALICE)))
                .containsExactly("GET /api/users/7 -> 200: header X-Request-Id is required but missing");
    }

    @Test
    void aHeaderOutsideItsSchema_isCaught_andANumberHeaderIsReadAsANumber() {
        assertThat(violationsOf(userAnswer(ALICE).header("ETag", "W/\"3\"")))
                .singleElement()
                .asString()
                .startsWith("GET /api/users/7 -> 200: header ETag: ");
        assertThat(violationsOf(
                        answer("GET /api/runs", 200).header("Retry-After", "5").json("[]")))
                .isEmpty();
        assertThat(violationsOf(
                        answer("GET /api/runs", 200).header("Retry-After", "0").json("[]")))
                .singleElement()
                .asString()
                .contains("header Retry-After");
    }

    @Test
    void aContentTypeNotDeclared_isCaught_whileItsParametersAreIgnored() {
        assertThat(violationsOf(userAnswer(ALICE).header("Content-Type", "text/html")))
                .containsExactly("GET /api/users/7 -> 200: Content-Type text/html is not one of application/json");
        assertThat(violationsOf(userAnswer(ALICE).header("Content-Type", "application/json;charset=UTF-8")))
                .isEmpty();
    }

    @Test
    void aBodyThatIsNotJson_isCaught() {
        assertThat(violationsOf(userAnswer("<html></html>")))
                .containsExactly("GET /api/users/7 -> 200: the body is not JSON: <html></html>");
    }

    @Test
    void anAnswerDescribedWithoutContent_mustHaveNoBody() {
        assertThat(violationsOf(answer("GET /api/users/7", 304))).isEmpty();
        assertThat(violationsOf(answer("DELETE /api/users/7", 204).json("{}")))
                .containsExactly(
                        "DELETE /api/users/7 -> 204: the description says no body, but one of 2 characters came");
    }

    @Test
    void aLiteralSegment_beatsAParameter_andTheQueryStringIsNoPartOfThePath() {
        String runs = "[{\"id\": 1, \"distance\": 5.2, \"mood\": \"Happy\"}]";

        assertThat(violationsOf(answer("POST /api/users/7/runs/batch", 201).json(runs)))
                .isEmpty();
        assertThat(violationsOf(answer("GET /api/users/7/runs/batch", 405).problem(PROBLEM)))
                .as("GET is described for /runs/{runId}, not for the batch")
                .isEmpty();
        assertThat(violationsOf(answer("GET /api/runs?mood=Happy", 200).json(runs)))
                .isEmpty();
    }

    @Test
    void anUndescribedPathOrMethod_answeredWithAProblem_passes() {
        assertThat(violationsOf(answer("GET /api/nothing-here", 404).problem(PROBLEM)))
                .isEmpty();
        assertThat(violationsOf(answer("PATCH /api/users/7", 405).problem(PROBLEM)))
                .isEmpty();
    }

    @Test
    void anUndescribedPathOrMethod_answeredWithAnythingButA4xxProblem_isCaught() {
        assertThat(violationsOf(answer("GET /api/nothing-here", 200).json("{}")))
                .containsExactly("GET /api/nothing-here -> 200: the description has no GET /api/nothing-here,"
                        + " so the answer must be a 4xx");
        assertThat(violationsOf(answer("PATCH /api/users/7", 405).json(PROBLEM)))
                .containsExactly("PATCH /api/users/7 -> 405: the description has no PATCH /api/users/7,"
                        + " so the answer must be application/problem+json, not application/json");
        assertThat(violationsOf(answer("GET /api/nothing-here", 404).problem("{\"status\": \"404\"}")))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).startsWith("GET /api/nothing-here -> 404: $"));
    }

    @Test
    void aFormatTheSchemaNames_isAsserted() {
        assertThat(violationsOf(
                        answer("GET /api/users/7", 404).problem(PROBLEM.replace("urn:runlog:problem:not-found", "::"))))
                .singleElement()
                .asString()
                .contains("$.type");
    }

    @Test
    void pathsOutsideTheApi_areNotChecked() {
        assertThat(violationsOf(answer("GET /actuator/health", 200).json("{\"status\": \"UP\"}")))
                .isEmpty();
        assertThat(violationsOf(answer("GET /v3/api-docs", 500))).isEmpty();
    }

    @Test
    void assertingAnAnswerThatBreaksTheDescription_failsWithEveryViolation() {
        Exchange broken = answer("GET /api/users/7", 200)
                .json(ALICE.replace("\"Alice\"", "null"))
                .build();

        assertThatThrownBy(() -> contract.assertHonouredBy(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/users/7 -> 200: header ETag is required but missing")
                .hasMessageContaining("GET /api/users/7 -> 200: $.username: ");
    }

    private List<String> violationsOf(AnswerBuilder answer) {
        return contract.violationsIn(answer.build());
    }

    private static AnswerBuilder userAnswer(String json) {
        return answer("GET /api/users/7", 200)
                .header("ETag", "\"3\"")
                .header("X-Request-Id", "abc")
                .body(json);
    }

    private static AnswerBuilder answer(String request, int status) {
        String[] methodAndUri = request.split(" ", 2);
        return new AnswerBuilder(methodAndUri[0], methodAndUri[1], status);
    }

    private static String fixture(String name) {
        try (InputStream in = ApiContractTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer to build one part at a time; a path with a query string is cut as a client's would be. */
    private static final class AnswerBuilder {

        private final String method;
        private final String path;
        private final int status;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private String body = "";

        AnswerBuilder(String method, String uri, int status) {
            this.method = method;
            this.path = uri.split("\\?", 2)[0];
            this.status = status;
        }

        AnswerBuilder header(String name, String value) {
            headers.put(name, List.of(value));
            return this;
        }

        AnswerBuilder json(String json) {
            return header("Content-Type", "application/json").body(json);
        }

        AnswerBuilder problem(String json) {
            return header("Content-Type", "application/problem+json").body(json);
        }

        AnswerBuilder body(String text) {
            headers.putIfAbsent("Content-Type", List.of("application/json"));
            this.body = text;
            return this;
        }

        Exchange build() {
            return new Exchange(method, path, status, headers, body);
        }
    }
}

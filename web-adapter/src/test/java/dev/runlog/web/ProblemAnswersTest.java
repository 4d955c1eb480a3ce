package dev.runlog.web;

import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.sql.SQLTransientConnectionException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of problem the web adapter answers with, over stub use cases that fail as the
 * domain would: status, type, title, detail, instance and errors, as {@code application/problem+json},
 * and never a word of the server's insides.
 */
@WebMvcTest
class ProblemAnswersTest {

    private static final String ALICE_REQUEST = "{\"username\": \"Alice\", \"email\": \"alice@example.com\"}";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StubUseCases useCases;

    @BeforeEach
    void forgetEarlierCalls() {
        useCases.reset();
    }

    @Test
    void invalidValues_are400_validation_listingEveryBadField_andReachNoUseCase() {
        MvcTestResult response = postJson("/api/users", "{\"username\": \" \", \"email\": \"not-an-address\"}");

        assertProblem(response, 400);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type": "urn:runlog:problem:validation", "title": "Invalid values", "status": 400,
                 "detail": "The request has invalid values; see errors.", "instance": "/api/users"}""");
        assertThat(response)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("username", "email");
        assertThat(response)
                .bodyJson()
                .extractingPath("$.errors[*].message")
                .asArray()
                .allSatisfy(message -> assertThat(message).asString().isNotBlank());
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void aBodyThatIsNotJson_is400_malformedRequest() {
        MvcTestResult response = postJson("/api/users", "{\"username\": ");

        assertProblem(response, 400);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:malformed-request", "title": "Malformed request", "status": 400,
                 "detail": "The request body is missing or is not valid JSON.", "instance": "/api/users"}""");
    }

    @Test
    void aFieldOfTheWrongType_is400_malformedRequest_namingTheField() {
        MvcTestResult response =
                postJson("/api/users/7/runs/batch", "[{\"distance\": 5.2}, {\"distance\": {\"miles\": 3}}]");

        assertProblem(response, 400);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:malformed-request", "title": "Malformed request", "status": 400,
                 "detail": "The request body has a value of the wrong type; see errors.",
                 "instance": "/api/users/7/runs/batch",
                 "errors": [{"field": "[1].distance", "message": "[1].distance has a value of the wrong type."}]}""");
    }

    @ParameterizedTest(name = "{0} says: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/users/abc                      | id     | id must be a whole number from 1 to 9223372036854775807.
            /api/runs/99999999999999999999      | id     | id must be a whole number from 1 to 9223372036854775807.
            /api/users/1.5/runs                 | userId | userId must be a whole number from 1 to 9223372036854775807.
            /api/users?after=first              | after  | after must be a whole number from 0 to 9223372036854775807.
            /api/runs?limit=many                | limit  | limit must be a whole number from 1 to 100.
            /api/users?limit=99999999999        | limit  | limit must be a whole number from 1 to 100.
            """)
    void aParameterOfTheWrongType_is400_malformedRequest_statingTheRangeOfThatParameter(
            String uri, String parameter, String message) {
        MvcTestResult response = mvc.get().uri(uri).exchange();

        assertProblem(response, 400);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type": "urn:runlog:problem:malformed-request", "title": "Malformed request", "status": 400,
                 "detail": "The request has a parameter of the wrong type; see errors.",
                 "errors": [{"field": "%s", "message": "%s"}]}""".formatted(parameter, message));
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void aRunOfAnUnknownUser_is404_userNotFound() {
        useCases.fails(new UserNotFoundException(new UserId(42)));

        MvcTestResult response = postJson("/api/users/42/runs", "{\"distance\": 5.2}");

        assertProblem(response, 404);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:user-not-found", "title": "User not found", "status": 404,
                 "detail": "No user with id 42 exists.", "instance": "/api/users/42/runs"}""");
    }

    @Test
    void anUnknownRun_is404_runNotFound() {
        useCases.fails(new RunNotFoundException(new RunId(42)));

        MvcTestResult response = mvc.get().uri("/api/runs/42").exchange();

        assertProblem(response, 404);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:run-not-found", "title": "Run not found", "status": 404,
                 "detail": "No run with id 42 exists.", "instance": "/api/runs/42"}""");
    }

    @Test
    void anEmailAnotherUserHas_is409_emailTaken() {
        useCases.fails(new EmailAlreadyTakenException(Email.of("alice@example.com")));

        MvcTestResult response = postJson("/api/users", ALICE_REQUEST);

        assertProblem(response, 409);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:email-taken", "title": "Email already taken", "status": 409,
                 "detail": "The email address alice@example.com is already taken by another user.",
                 "instance": "/api/users"}""");
    }

    @Test
    void aChangeToAVersionNoLongerStored_is412_staleVersion() {
        useCases.fails(new StaleVersionException(new Version(2)));

        MvcTestResult response = mvc.put()
                .uri("/api/users/7")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"")
                .content(ALICE_REQUEST)
                .exchange();

        assertProblem(response, 412);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:stale-version", "title": "Changed since it was read", "status": 412,
                 "detail": "It has changed since version 2 was read; read it again and retry.",
                 "instance": "/api/users/7"}""");
    }

    @Test
    void anIfMatchNoVersionCanMatch_is412_staleVersion_andReachesNoUseCase() {
        MvcTestResult response =
                mvc.delete().uri("/api/runs/11").header("If-Match", "W/\"3\"").exchange();

        assertProblem(response, 412);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:stale-version", "title": "Changed since it was read", "status": 412,
                 "detail": "If-Match must be * or one entity tag this API gave, such as \\"3\\".",
                 "instance": "/api/runs/11"}""");
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void aStoreThatCannotBeReached_is503_withRetryAfter_andNothingOfTheStore() {
        useCases.fails(new StoreUnavailableException(new SQLTransientConnectionException("pool timed out at db:3306")));

        MvcTestResult response = mvc.get().uri("/api/users/7").exchange();

        assertProblem(response, 503);
        assertThat(response).hasHeader("Retry-After", "5");
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:database-unavailable", "title": "Database unavailable", "status": 503,
                 "detail": "The service cannot reach its database right now. Please retry in a few seconds.",
                 "instance": "/api/users/7"}""");
    }

    @Test
    void aBodyDeclaredOver1MiB_is413_beforeAByteOfItIsRead() {
        byte[] body = new byte[(int) BodySizeLimitFilter.MAX_BYTES + 1];
        Arrays.fill(body, (byte) ' ');

        MvcTestResult response = mvc.post()
                .uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();

        assertProblem(response, 413);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:body-too-large", "title": "Body too large", "status": 413,
                 "detail": "The request body is larger than 1 MiB, the most this API reads."}""");
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void aBodyThatIsNotJsonByItsType_is415() {
        MvcTestResult response = mvc.post()
                .uri("/api/users")
                .contentType(MediaType.TEXT_PLAIN)
                .content("Alice")
                .exchange();

        assertProblem(response, 415);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:unsupported-media-type", "title": "Unsupported media type",
                 "status": 415, "detail": "Content-Type 'text/plain' is not supported.", "instance": "/api/users"}""");
    }

    @Test
    void anAcceptWithoutJson_is406_aProblemAllTheSame() {
        MvcTestResult response =
                mvc.get().uri("/api/users/7").accept(MediaType.TEXT_HTML).exchange();

        assertProblem(response, 406);
        assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("urn:runlog:problem:not-acceptable");
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void aMethodThePathDoesNotServe_is405() {
        MvcTestResult response = mvc.patch()
                .uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();

        assertProblem(response, 405);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:method-not-allowed", "title": "Method not allowed", "status": 405,
                 "detail": "Method 'PATCH' is not supported.", "instance": "/api/users"}""");
    }

    @Test
    void aPathNoEndpointServes_is404() {
        MvcTestResult response = mvc.get().uri("/api/nothing-here").exchange();

        assertProblem(response, 404);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:no-such-endpoint", "title": "No such endpoint", "status": 404,
                 "detail": "Nothing is served at this address.",
                 "instance": "/api/nothing-here"}""");
    }

    @Test
    void anUnexpectedFailure_is500_tellingNothingOfWhatFailedInside() {
        useCases.fails(new IllegalStateException("select * from runlog_user failed at dev.runlog.persistence"));

        MvcTestResult response = mvc.get().uri("/api/users/7").exchange();

        assertProblem(response, 500);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:server-error", "title": "Server error", "status": 500,
                 "detail": "The server could not complete the request. It has been logged; please try again later.",
                 "instance": "/api/users/7"}""");
    }

    @Test
    void anErrorTheServletContainerForwards_isAProblemAtThePathThatFailed() {
        MvcTestResult response = mvc.get()
                .uri("/error")
                .with(AsTheContainerForwardsIt.ERROR_DISPATCH)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/users")
                .exchange();

        assertProblem(response, 400);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"type": "urn:runlog:problem:request-rejected", "title": "Request rejected", "status": 400,
                 "detail": "The request could not be handled: Bad Request.",
                 "instance": "/api/users"}""");
    }

    @Test
    void aServerErrorTheServletContainerForwards_saysOnlyToTryAgain() {
        MvcTestResult response = mvc.get()
                .uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
                .exchange();

        assertProblem(response, 503);
        assertThat(response)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("The server could not complete the request. Please try again later.");
    }

    private MvcTestResult postJson(String uri, String json) {
        return mvc.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    /** Every problem: its status in the answer and the body, problem JSON of a Runlog type, no internals. */
    private static void assertProblem(MvcTestResult response, int status) {
        assertThat(response).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(response).bodyJson().extractingPath("$.type").asString().startsWith("urn:runlog:problem:");
        assertThat(response)
                .bodyText()
                .doesNotContainPattern("(?i)exception|\\tat |java\\.|dev\\.runlog|org\\.|sql|select |:3306");
    }

    /** The container forwards an error as an ERROR dispatch, which Runlog's security lets through. */
    private enum AsTheContainerForwardsIt implements RequestPostProcessor {
        ERROR_DISPATCH;

        @Override
        public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
            request.setDispatcherType(DispatcherType.ERROR);
            return request;
        }
    }
}

package dev.runlog.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.runlog.client.ApiClient;
import dev.runlog.client.ApiException;
import dev.runlog.client.ApiResponse;
import dev.runlog.client.api.RunsApi;
import dev.runlog.client.api.TokensApi;
import dev.runlog.client.api.UsersApi;
import dev.runlog.client.model.MoodCountResponse;
import dev.runlog.client.model.NewUserRequest;
import dev.runlog.client.model.PageResponseRunResponse;
import dev.runlog.client.model.Problem;
import dev.runlog.client.model.RunRequest;
import dev.runlog.client.model.RunResponse;
import dev.runlog.client.model.RunStatsResponse;
import dev.runlog.client.model.RunWithUserResponse;
import dev.runlog.client.model.TokenResponse;
import dev.runlog.client.model.UserResponse;
import dev.runlog.client.model.UserWithRunsResponse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * A session played with the Java client that the build generates from docs/openapi.json, and
 * with nothing else: if the committed description stops telling a client what the app does, this
 * test stops compiling or fails. The client's classes live in target/generated-test-sources.
 */
class GeneratedClientTest extends RunningAppTest {

    private static final LocalDate NOVEMBER_24 = LocalDate.of(2026, 11, 24);
    private static final LocalDate NOVEMBER_25 = LocalDate.of(2026, 11, 25);

    private ApiClient client;
    private UsersApi users;
    private RunsApi runs;

    @BeforeEach
    void aGeneratedClientForTheRunningApp() {
        // The description's server is localhost:8080; the test's app listens on a random port.
        client = new ApiClient(
                ApiClient.createDefaultHttpClientBuilder(),
                ApiClient.createDefaultObjectMapper(),
                "http://127.0.0.1:" + api.port());
        signedIn(api.token()); // as the tests' admin, unless a test signs in itself
        users = new UsersApi(client);
        runs = new RunsApi(client);
    }

    /** Every request from now on carries this bearer token. */
    private void signedIn(String token) {
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void theTutorialsSession() throws ApiException {
        // Sign up (no token), then sign in with the email and password (HTTP Basic) for a token.
        client.setRequestInterceptor(request -> {});
        UserResponse alice = users.registerUser(new NewUserRequest()
                .username("Alice")
                .email("alice@example.com")
                .password("alice runs every day"));
        String basic = Base64.getEncoder()
                .encodeToString("alice@example.com:alice runs every day".getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        TokenResponse token = new TokensApi(client).signIn();
        assertThat(token.getTokenType()).isEqualTo("Bearer");
        signedIn(token.getToken());

        RunResponse happyRun = runs.logRun(alice.getId(), run(5.2, "Happy", NOVEMBER_24, "PT25M30S"));
        runs.logRun(alice.getId(), run(10.0, "Tired", NOVEMBER_25, "PT1H"));

        assertThat(happyRun.getUserId()).isEqualTo(alice.getId());
        assertThat(happyRun.getPace()).as("time per mile").isEqualTo("PT4M54S");

        // alice.runs
        UserWithRunsResponse aliceWithRuns = users.getUser(alice.getId(), null, null);
        assertThat(aliceWithRuns.getUsername()).isEqualTo("Alice");
        assertThat(aliceWithRuns.getRuns())
                .extracting(
                        RunResponse::getDistance, RunResponse::getMood, RunResponse::getDate, RunResponse::getDuration)
                .containsExactly(
                        tuple(5.2, "Happy", NOVEMBER_24, "PT25M30S"), tuple(10.0, "Tired", NOVEMBER_25, "PT1H"));

        // run.user
        RunWithUserResponse runWithUser = runs.getRun(happyRun.getId(), null, null);
        assertThat(runWithUser.getDistance()).isEqualTo(5.2);
        assertThat(runWithUser.getUser().getEmail()).isEqualTo("alice@example.com");

        RunStatsResponse stats = runs.getRunStats(alice.getId());
        assertThat(stats.getRuns()).isEqualTo(2);
        assertThat(stats.getTotalMiles()).isCloseTo(15.2, within(1e-9));
        assertThat(stats.getLongestMiles()).isEqualTo(10.0);
        assertThat(stats.getBestPace()).isEqualTo("PT4M54S");
        assertThat(stats.getMoods())
                .extracting(MoodCountResponse::getMood, MoodCountResponse::getRuns)
                .containsExactly(tuple("Happy", 1L), tuple("Tired", 1L));
    }

    @Test
    void importingThreeRuns_answersTheThreeNewRunsInTheOrderSent() throws ApiException {
        long alice = registerAlice();

        List<RunResponse> imported = runs.importRuns(
                alice,
                List.of(
                        run(3.0, "Easy", NOVEMBER_24, null),
                        run(6.5, null, null, null),
                        run(13.1, "Proud", null, "PT2H")));

        assertThat(imported).extracting(RunResponse::getDistance).containsExactly(3.0, 6.5, 13.1);
        assertThat(imported).extracting(RunResponse::getId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(imported).allSatisfy(run -> assertThat(run.getUserId()).isEqualTo(alice));
        assertThat(storedRuns()).isEqualTo(3);
    }

    @Test
    void followingNext_visitsEveryRunOnce_inAscendingIdOrder() throws ApiException {
        long alice = registerAlice();
        List<Long> logged = idsOf(runs.importRuns(alice, List.of(run(1), run(2), run(3), run(4), run(5))));

        PageResponseRunResponse page =
                runs.listRuns(null, 2, null, null, null, null); // after, limit, from, to, mood, unit
        List<Long> visited = new ArrayList<>(idsOf(page.getItems()));
        int pages = 1;
        while (page.getNext() != null) {
            PageAddress next = PageAddress.of(page.getNext());
            page = runs.listRuns(next.after(), next.limit(), null, null, null, null);
            visited.addAll(idsOf(page.getItems()));
            pages++;
        }

        assertThat(visited).containsExactlyElementsOf(logged).isSorted();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void anUpdateWithTheETagOfTheLastRead_applies_andAnswersANewETag() throws ApiException {
        long runId = runs.logRun(registerAlice(), run(5.2)).getId();
        ApiResponse<RunWithUserResponse> read = runs.getRunWithHttpInfo(runId, null, null);

        ApiResponse<RunResponse> corrected =
                runs.updateRunWithHttpInfo(runId, run(5.4, "Happy", NOVEMBER_24, "PT26M"), etagOf(read));

        assertThat(corrected.getStatusCode()).isEqualTo(200);
        assertThat(corrected.getData().getDistance()).isEqualTo(5.4);
        assertThat(etagOf(corrected)).isNotEqualTo(etagOf(read));
        assertThat(runs.getRun(runId, null, null).getMood()).isEqualTo("Happy");
    }

    @Test
    void anUpdateWithAStaleETag_is412StaleVersion_andChangesNothing() throws ApiException, JsonProcessingException {
        long runId = runs.logRun(registerAlice(), run(5.2)).getId();
        String readBeforeTheChange = etagOf(runs.getRunWithHttpInfo(runId, null, null));
        runs.updateRun(runId, run(5.4), readBeforeTheChange);

        ApiException stale = failureOf(() -> runs.updateRun(runId, run(99.0), readBeforeTheChange));

        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = problemIn(stale);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:runlog:problem:stale-version"));
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(runs.getRun(runId, null, null).getDistance()).isEqualTo(5.4);
    }

    @Test
    void aDeletedRun_isGone_404RunNotFound() throws ApiException, JsonProcessingException {
        long runId = runs.logRun(registerAlice(), run(5.2)).getId();

        ApiResponse<Void> deleted =
                runs.deleteRunWithHttpInfo(runId, etagOf(runs.getRunWithHttpInfo(runId, null, null)));

        assertThat(deleted.getStatusCode()).isEqualTo(204);
        ApiException gone = failureOf(() -> runs.getRun(runId, null, null));
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problemIn(gone).getType()).isEqualTo(URI.create("urn:runlog:problem:run-not-found"));
        assertThat(storedRuns()).isZero();
    }

    private long registerAlice() throws ApiException {
        return users.registerUser(new NewUserRequest().username("Alice").email("alice@example.com"))
                .getId();
    }

    private static RunRequest run(double miles) {
        return new RunRequest().distance(miles);
    }

    private static RunRequest run(double miles, String mood, LocalDate date, String duration) {
        return new RunRequest().distance(miles).mood(mood).date(date).duration(duration);
    }

    private static List<Long> idsOf(List<RunResponse> runs) {
        return runs.stream().map(RunResponse::getId).toList();
    }

    /** The ETag an answer carries, to send back as If-Match. */
    private static String etagOf(ApiResponse<?> answer) {
        List<String> etags = answer.getHeaders().get("ETag");
        assertThat(etags).as("ETag of the answer").hasSize(1);
        return etags.get(0);
    }

    private static ApiException failureOf(ThrowingCallable call) {
        return assertThatExceptionOfType(ApiException.class).isThrownBy(call).actual();
    }

    /** The problem details of a failed call, read by the client's own JSON mapper into its model. */
    private Problem problemIn(ApiException failure) throws JsonProcessingException {
        assertThat(failure.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
    }

    /**
     * Where a page's {@code next} points (such as {@code /api/runs?after=2&limit=2}), as the
     * parameters of the next call: the client takes them one by one, not as an address.
     */
    private record PageAddress(Long after, Integer limit) {

        static PageAddress of(String next) {
            Map<String, String> query = Arrays.stream(
                            URI.create(next).getQuery().split("&"))
                    .map(parameter -> parameter.split("=", 2))
                    .collect(Collectors.toMap(nameAndValue -> nameAndValue[0], nameAndValue -> nameAndValue[1]));
            return new PageAddress(Long.valueOf(query.get("after")), Integer.valueOf(query.get("limit")));
        }
    }
}

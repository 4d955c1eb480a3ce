package dev.runlog.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which endpoint, over real HTTP with real tokens, for every endpoint that needs one:
 * no token, a forged one, an expired one, a revoked one and one from before a password change
 * are 401; another runner is told the owner's data does not exist (404), and nothing changes;
 * the owner and an admin succeed.
 */
class EveryEndpointIsGuardedTest extends RunningAppTest {

    private static final String ALICES_PASSWORD = "alice runs every morning";

    @Autowired
    private JdbcClient jdbc;

    private long alice;
    private long alicesRun;
    private Api asAlice;
    private Api asBob;

    /**
     * An endpoint, with {user} and {run} standing for Alice's ids.
     *
     * @param ofOneOwner whether it names Alice's data (another runner gets 404), or lists the
     *                   caller's own (another runner gets their own, empty, list)
     */
    record Endpoint(String method, String path, String body, int success, boolean ofOneOwner) {

        String pathFor(long user, long run) {
            return path.replace("{user}", String.valueOf(user)).replace("{run}", String.valueOf(run));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> everyEndpointThatNeedsAToken() {
        String run = "{\"distance\": 3.1, \"mood\": \"Fresh\"}";
        return Stream.of(
                new Endpoint("GET", "/api/users", null, 200, false),
                new Endpoint("GET", "/api/users/{user}", null, 200, true),
                new Endpoint(
                        "PUT",
                        "/api/users/{user}",
                        "{\"username\": \"Alicia\", \"email\": \"alice@example.com\"}",
                        200,
                        true),
                new Endpoint("DELETE", "/api/users/{user}", null, 204, true),
                new Endpoint(
                        "PUT",
                        "/api/users/{user}/password",
                        "{\"currentPassword\": \"" + ALICES_PASSWORD + "\", \"newPassword\": \"a brand new password\"}",
                        204,
                        true),
                new Endpoint("POST", "/api/users/{user}/runs", run, 201, true),
                new Endpoint("POST", "/api/users/{user}/runs/batch", "[" + run + "]", 201, true),
                new Endpoint("GET", "/api/users/{user}/runs", null, 200, true),
                new Endpoint("GET", "/api/users/{user}/stats", null, 200, true),
                new Endpoint("GET", "/api/users/{user}/summaries", null, 200, true),
                new Endpoint("GET", "/api/users/{user}/records", null, 200, true),
                new Endpoint("GET", "/api/users/{user}/preferences", null, 200, true),
                new Endpoint("PUT", "/api/users/{user}/preferences", "{\"unit\": \"km\"}", 200, true),
                new Endpoint("GET", "/api/runs", null, 200, false),
                new Endpoint("GET", "/api/runs/{run}", null, 200, true),
                new Endpoint("PUT", "/api/runs/{run}", run, 200, true),
                new Endpoint("DELETE", "/api/runs/{run}", null, 204, true),
                new Endpoint("DELETE", "/api/tokens/current", null, 204, false));
    }

    @BeforeEach
    void aliceWithARun_andBob() {
        Api anonymous = new Api(api.port());
        alice = signUp(anonymous, "Alice", "alice@example.com", ALICES_PASSWORD);
        signUp(anonymous, "Bob", "bob@example.com", "bob runs in the rain");
        asAlice = anonymous.signedInAs("alice@example.com", ALICES_PASSWORD);
        asBob = anonymous.signedInAs("bob@example.com", "bob runs in the rain");
        alicesRun = asAlice.logRun(alice, 5.2, "Happy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpointThatNeedsAToken")
    void withoutAToken_is401(Endpoint endpoint) {
        assertUnauthorized(endpoint, new Api(api.port()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpointThatNeedsAToken")
    void withAForgedToken_is401(Endpoint endpoint) {
        assertUnauthorized(endpoint, api.withToken("rl_" + "F0rged".repeat(7) + "x"));
        assertUnauthorized(endpoint, api.withToken(withItsLastCharacterChanged(asAlice.token())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpointThatNeedsAToken")
    void withAnExpiredToken_is401(Endpoint endpoint) {
        jdbc.sql("update access_token set expires_at = utc_timestamp(6) - interval 1 second where user_id = ?")
                .param(alice)
                .update();

        assertUnauthorized(endpoint, asAlice);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpointThatNeedsAToken")
    void withARevokedToken_is401(Endpoint endpoint) {
        assertThat(asAlice.delete("/api/tokens/current").status()).isEqualTo(204);

        assertUnauthorized(endpoint, asAlice);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpointThatNeedsAToken")
    void withATokenFromBeforeAPasswordChange_is401(Endpoint endpoint) {
        assertThat(api.put("/api/users/" + alice + "/password", "{\"newPassword\": \"set by an admin, long\"}")
                        .status())
                .isEqualTo(204);

        assertUnauthorized(endpoint, asAlice);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpointThatNeedsAToken")
    void withAnotherRunnersToken_theOwnersDataIsNotFound_andNothingChanges(Endpoint endpoint) {
        List<String> before = storedRows();

        Api.Response response = send(endpoint, asBob);

        if (endpoint.ofOneOwner()) {
            assertThat(response.status()).as(endpoint + " as Bob").isEqualTo(404);
            assertThat(response.body()).doesNotContain("Alice");
            assertThat(storedRows())
                    .as("the database after " + endpoint + " as Bob")
                    .isEqualTo(before);
        } else {
            assertThat(response.status()).isEqualTo(endpoint.success());
            assertThat(response.body()).as("Bob's own list").doesNotContain("alice@example.com", "Happy");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpointThatNeedsAToken")
    void withTheOwnersToken_succeeds(Endpoint endpoint) {
        Api.Response response = send(endpoint, asAlice);

        assertThat(response.status()).as(endpoint + " as Alice").isEqualTo(endpoint.success());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpointThatNeedsAToken")
    void withAnAdminsToken_succeeds(Endpoint endpoint) {
        Api.Response response = send(endpoint, api);

        assertThat(response.status()).as(endpoint + " as the admin").isEqualTo(endpoint.success());
        // Summaries and preferences name no run's mood: their status and a 404 for Bob tell enough.
        boolean showsAlicesRun =
                !endpoint.path().endsWith("/summaries") && !endpoint.path().endsWith("/preferences");
        if (endpoint.method().equals("GET") && endpoint.ofOneOwner() && showsAlicesRun) {
            assertThat(response.body()).as("Alice's data, to an admin").contains("Happy");
        }
    }

    private static String withItsLastCharacterChanged(String token) {
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    private void assertUnauthorized(Endpoint endpoint, Api client) {
        List<String> before = storedRows();

        Api.Response response = send(endpoint, client);

        assertThat(response.status()).as(endpoint.toString()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:runlog:problem:unauthenticated");
        assertThat(storedRows()).as("the database after " + endpoint).isEqualTo(before);
    }

    private Api.Response send(Endpoint endpoint, Api client) {
        return client.send(
                endpoint.method(),
                endpoint.pathFor(alice, alicesRun),
                endpoint.body() == null ? null : "application/json",
                endpoint.body());
    }

    private static long signUp(Api anonymous, String username, String email, String password) {
        Api.Response response = anonymous.post(
                "/api/users",
                "{\"username\": \"%s\", \"email\": \"%s\", \"password\": \"%s\"}".formatted(username, email, password));
        assertThat(response.status()).as("signing up " + email).isEqualTo(201);
        JsonNode user = response.json();
        return user.get("id").asLong();
    }

    /** Users (with their password hashes) and runs, as stored, in order. */
    private List<String> storedRows() {
        return Stream.concat(
                        jdbc
                                .sql("select concat_ws('|', id, username, email, password_hash, role, version,"
                                        + " distance_unit, time_zone, week_starts_on) from user order by id")
                                .query(String.class)
                                .list()
                                .stream(),
                        jdbc
                                .sql("select concat_ws('|', id, user_id, distance, distance_unit, mood, version,"
                                        + " start_local, start_offset_seconds, start_zone) from run order by id")
                                .query(String.class)
                                .list()
                                .stream())
                .toList();
    }
}

package dev.runlog.bootstrap.benchmark;

import dev.runlog.benchmark.floor.JdbcFloorApplication;
import dev.runlog.bootstrap.RunlogApplication;
import dev.runlog.bootstrap.TestDatabaseProperties;
import dev.runlog.domain.model.access.TokenDigest;
import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP benchmark's own parts, checked so that its figures mean what they say: the JDBC
 * floor answers exactly what Runlog answers to the same signed-in caller, refuses what Runlog
 * refuses (no token, a forged or expired one, another runner's data), and without its token check
 * still answers the same; and the load generator's minimal client reads every kind of response
 * Runlog sends and counts what it sees.
 */
@SpringBootTest(classes = RunlogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchmarkToolsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a benchmark tools password";
    private static final String RUN =
            "{\"distance\":5.2,\"mood\":\"Happy\",\"date\":\"2026-11-24\",\"duration\":\"PT30M\"}";
    private static ConfigurableApplicationContext floor;
    private static ConfigurableApplicationContext openFloor;

    @LocalServerPort
    private int runlogPort;

    @Value("${runlog.admin.email}")
    private String adminEmail;

    @Value("${runlog.admin.password}")
    private String adminPassword;

    @DynamicPropertySource
    static void useTheTestDatabase(DynamicPropertyRegistry registry) {
        TestDatabaseProperties.register(registry);
    }

    @BeforeAll
    static void startTheFloors() {
        floor = startFloor(true);
        openFloor = startFloor(false);
    }

    private static ConfigurableApplicationContext startFloor(boolean checkingTokens) {
        TestDatabase.Connection db = TestDatabase.connection();
        return JdbcFloorApplication.start(
                "--server.port=0",
                "--floor.token-check=" + checkingTokens,
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password());
    }

    @AfterAll
    static void stopTheFloors() {
        floor.close();
        openFloor.close();
    }

    @Test
    void theFloor_answersWhatRunlogAnswers_toTheSameCaller_forEveryBenchmarkedRequest() throws Exception {
        Runner runner = signUp("Floor");
        String admin = signIn(adminEmail, adminPassword);
        String user = "/api/users/" + runner.id();
        importRuns(runner, 12);
        String page = "/api/runs?after=0&limit=5";

        JsonNode runlogUser =
                send(runlogPort, "GET", user, runner.token(), null).json();
        assertThat(send(port(floor), "GET", user, runner.token(), null).json()).isEqualTo(runlogUser);
        long firstRun = runlogUser.get("runs").get(0).get("id").asLong();
        JsonNode runlogRun = send(runlogPort, "GET", "/api/runs/" + firstRun, runner.token(), null)
                .json();
        assertThat(runlogRun.get("user").get("id").asLong()).isEqualTo(runner.id());
        assertThat(send(port(floor), "GET", "/api/runs/" + firstRun, runner.token(), null)
                        .json())
                .isEqualTo(runlogRun);
        JsonNode everyonesPage = send(runlogPort, "GET", page, admin, null).json();
        assertThat(send(port(floor), "GET", page, admin, null).json()).isEqualTo(everyonesPage);
        JsonNode ownPage = send(runlogPort, "GET", page, runner.token(), null).json();
        assertThat(send(port(floor), "GET", page, runner.token(), null).json()).isEqualTo(ownPage);
        assertThat(ownPage.get("items"))
                .isNotEmpty()
                .allSatisfy(run -> assertThat(run.get("userId").asLong()).isEqualTo(runner.id()));
        assertThat(withoutId(send(port(floor), "POST", user + "/runs", runner.token(), RUN)))
                .isEqualTo(withoutId(send(runlogPort, "POST", user + "/runs", runner.token(), RUN)));

        assertThat(send(port(openFloor), "GET", user, runner.token(), null).json())
                .isEqualTo(send(runlogPort, "GET", user, runner.token(), null).json());
        assertThat(send(port(openFloor), "GET", page, admin, null).json()).isEqualTo(everyonesPage);
    }

    @Test
    void theFloor_refusesWhatRunlogRefuses() throws Exception {
        Runner alice = signUp("Alice");
        Runner bob = signUp("Bob");
        String forged = "rl_" + "A".repeat(43);
        String expired = expiredTokenOf(alice);
        String alicesUser = "/api/users/" + alice.id();
        importRuns(alice, 1);
        long alicesRun = send(runlogPort, "GET", alicesUser, alice.token(), null)
                .json()
                .get("runs")
                .get(0)
                .get("id")
                .asLong();

        for (int server : new int[] {runlogPort, port(floor)}) {
            assertThat(send(server, "GET", alicesUser, null, null).status())
                    .as("no token")
                    .isEqualTo(401);
            assertThat(send(server, "GET", alicesUser, forged, null).status())
                    .as("a token no one issued")
                    .isEqualTo(401);
            assertThat(send(server, "GET", alicesUser, "not-a-token", null).status())
                    .as("no token's shape")
                    .isEqualTo(401);
            assertThat(send(server, "GET", alicesUser, expired, null).status())
                    .as("an expired token")
                    .isEqualTo(401);
            assertThat(send(server, "GET", alicesUser, bob.token(), null).status())
                    .as("another runner's user")
                    .isEqualTo(404);
            assertThat(send(server, "POST", alicesUser + "/runs", bob.token(), RUN)
                            .status())
                    .as("a run for another runner")
                    .isEqualTo(404);
            assertThat(send(server, "GET", "/api/runs/" + alicesRun, bob.token(), null)
                            .status())
                    .as("another runner's run")
                    .isEqualTo(404);
            assertThat(send(server, "GET", alicesUser, alice.token(), null).status())
                    .as("one's own user")
                    .isEqualTo(200);
        }
    }

    @Test
    void theLoadClient_readsLengthAndChunkedResponsesOnOneConnection() throws Exception {
        Runner runner = signUp("Chunks");
        String token = runner.token();
        String user = "/api/users/" + runner.id();
        importRuns(runner, 1_000); // its user is then about 130 KB: sent in chunks

        try (KeepAliveConnection connection = new KeepAliveConnection(runlogPort)) {
            assertThat(connection.send(KeepAliveConnection.request("GET", user, token, null)))
                    .isEqualTo(200);
            assertThat(connection.send(KeepAliveConnection.request("GET", "/api/users/" + Long.MAX_VALUE, token, null)))
                    .isEqualTo(404);
            assertThat(connection.send(KeepAliveConnection.request("GET", user, null, null)))
                    .isEqualTo(401);
            assertThat(connection.send(KeepAliveConnection.request("POST", user + "/runs", token, "{\"distance\": 3}")))
                    .isEqualTo(201);
            assertThat(connection.send(KeepAliveConnection.request("GET", user, token, null)))
                    .isEqualTo(200);
        }
    }

    @Test
    void theLoad_stopsByItself_andCountsEveryAnswer() throws Exception {
        byte[] request = KeepAliveConnection.request(
                "GET", "/api/runs?limit=5", signUp("Load").token(), null);

        LoopbackLoad.Result result = LoopbackLoad.run(runlogPort, 2, Duration.ofSeconds(1), random -> request);

        assertThat(result.seconds()).isBetween(1.0, 5.0);
        assertThat(result.requests()).isPositive();
        assertThat(result.statuses()).containsOnlyKeys(200).containsEntry(200, result.requests());
        assertThat(result.failures()).isZero();
        assertThat(result.p99()).isGreaterThanOrEqualTo(result.p50());
    }

    private record Runner(long id, String token) {}

    private record Answer(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** A new runner, signed up and signed in through Runlog's API. */
    private Runner signUp(String name) throws Exception {
        String email = name.toLowerCase() + "." + System.nanoTime() + "@example.com";
        Answer created = send(
                runlogPort,
                "POST",
                "/api/users",
                null,
                "{\"username\": \"%s\", \"email\": \"%s\", \"password\": \"%s\"}".formatted(name, email, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Runner(created.json().get("id").asLong(), signIn(email, PASSWORD));
    }

    private String signIn(String email, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runlogPort + "/api/tokens"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("token").asString();
    }

    /** A token of the runner's that expired an hour ago, stored as Runlog stores the tokens it issues. */
    private static String expiredTokenOf(Runner runner) throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = "rl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        TestDatabase.Connection db = TestDatabase.connection();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement insert = connection.prepareStatement("insert into access_token"
                        + " (digest, user_id, issued_at, expires_at) values"
                        + " (?, ?, utc_timestamp(6) - interval 2 hour, utc_timestamp(6) - interval 1 hour)")) {
            insert.setString(1, TokenDigest.of(secret).hex());
            insert.setLong(2, runner.id());
            insert.executeUpdate();
        }
        return secret;
    }

    private void importRuns(Runner runner, int count) throws Exception {
        Answer imported =
                send(runlogPort, "POST", "/api/users/" + runner.id() + "/runs/batch", runner.token(), runs(count));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static String runs(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"distance\":" + (1 + i % 20)
                        + ",\"mood\":\"Happy\",\"date\":\"2026-11-24\",\"duration\":\"PT30M\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static Answer send(int port, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static JsonNode withoutId(Answer run) {
        ObjectNode json = (ObjectNode) run.json();
        json.remove("id");
        return json;
    }
}

package dev.runlog.bootstrap.benchmark;

import dev.runlog.benchmark.floor.JdbcFloorApplication;
import dev.runlog.bootstrap.RunlogApplication;
import dev.runlog.bootstrap.TestDatabaseProperties;
import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP benchmark's own parts, checked so that its figures mean what they say: the JDBC
 * floor answers exactly what Runlog answers, and the load generator's minimal client reads
 * every kind of response Runlog sends and counts what it sees.
 */
@SpringBootTest(classes = RunlogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchmarkToolsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext floor;

    @LocalServerPort
    private int runlogPort;

    @DynamicPropertySource
    static void useTheTestDatabase(DynamicPropertyRegistry registry) {
        TestDatabaseProperties.register(registry);
    }

    @BeforeAll
    static void startTheFloor() {
        TestDatabase.Connection db = TestDatabase.connection();
        floor = JdbcFloorApplication.start(
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password());
    }

    @AfterAll
    static void stopTheFloor() {
        floor.close();
    }

    @Test
    void theFloor_answersWhatRunlogAnswers_forEveryBenchmarkedRequest() throws Exception {
        long user = send(
                        runlogPort,
                        "POST",
                        "/api/users",
                        "{\"username\": \"Floor\", \"email\": \"floor." + System.nanoTime() + "@example.com\"}")
                .get("id")
                .asLong();
        send(runlogPort, "POST", "/api/users/" + user + "/runs", runs(12));

        assertThat(send(floorPort(), "GET", "/api/users/" + user, null))
                .isEqualTo(send(runlogPort, "GET", "/api/users/" + user, null));
        String page = "/api/runs?after=0&limit=5";
        assertThat(send(floorPort(), "GET", page, null)).isEqualTo(send(runlogPort, "GET", page, null));
        String run = "{\"distance\":5.2,\"mood\":\"Happy\",\"date\":\"2026-11-24\",\"duration\":\"PT30M\"}";
        assertThat(withoutId(send(floorPort(), "POST", "/api/users/" + user + "/runs", run)))
                .isEqualTo(withoutId(send(runlogPort, "POST", "/api/users/" + user + "/runs", run)));
    }

    @Test
    void theLoadClient_readsLengthAndChunkedResponsesOnOneConnection() throws Exception {
        long user = send(
                        runlogPort,
                        "POST",
                        "/api/users",
                        "{\"username\": \"Chunks\", \"email\": \"chunks." + System.nanoTime() + "@example.com\"}")
                .get("id")
                .asLong();
        send(runlogPort, "POST", "/api/users/" + user + "/runs", runs(1_000)); // about 130 KB: sent in chunks

        try (KeepAliveConnection connection = new KeepAliveConnection(runlogPort)) {
            assertThat(connection.send(KeepAliveConnection.request("GET", "/api/users/" + user, null)))
                    .isEqualTo(200);
            assertThat(connection.send(KeepAliveConnection.request("GET", "/api/users/" + Long.MAX_VALUE, null)))
                    .isEqualTo(404);
            assertThat(connection.send(
                            KeepAliveConnection.request("POST", "/api/users/" + user + "/runs", "{\"distance\": 3}")))
                    .isEqualTo(201);
            assertThat(connection.send(KeepAliveConnection.request("GET", "/api/users/" + user, null)))
                    .isEqualTo(200);
        }
    }

    @Test
    void theLoad_stopsByItself_andCountsEveryAnswer() {
        byte[] request = KeepAliveConnection.request("GET", "/api/runs?limit=5", null);

        LoopbackLoad.Result result = LoopbackLoad.run(runlogPort, 2, Duration.ofSeconds(1), random -> request);

        assertThat(result.seconds()).isBetween(1.0, 5.0);
        assertThat(result.requests()).isPositive();
        assertThat(result.statuses()).containsOnlyKeys(200).containsEntry(200, result.requests());
        assertThat(result.failures()).isZero();
        assertThat(result.p99()).isGreaterThanOrEqualTo(result.p50());
    }

    private static int floorPort() {
        return ((WebServerApplicationContext) floor).getWebServer().getPort();
    }

    private static String runs(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"distance\":" + (1 + i % 20)
                        + ",\"mood\":\"Happy\",\"date\":\"2026-11-24\",\"duration\":\"PT30M\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static JsonNode send(int port, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return JSON.readTree(
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode withoutId(JsonNode run) {
        ((ObjectNode) run).remove("id");
        return run;
    }
}

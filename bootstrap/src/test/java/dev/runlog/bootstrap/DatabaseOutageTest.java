package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while the app runs, then comes back: requests answer 503 problems
 * quickly instead of hanging, health says DOWN, and the app recovers by itself.
 */
class DatabaseOutageTest {

    @Test
    void withTheDatabaseStopped_requestsAnswer503Quickly_healthIsDown_andTheAppRecoversAlone() throws Exception {
        Path dataDir = Path.of(
                        "target", "database-outage-test", UUID.randomUUID().toString())
                .toAbsolutePath();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RunlogApplication.class)
                .run("--server.port=0", "--spring.datasource.url=", "--runlog.embedded-database.data-dir=" + dataDir)) {
            Api api = Api.signedInAsAdmin(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            long alice = api.registerUser("Alice", "alice@example.com");
            EmbeddedMariaDb database = app.getBean(EmbeddedMariaDb.class);

            database.stop();

            for (Api.Response response : new Api.Response[] {
                timed(() -> api.get("/api/users/" + alice)),
                timed(() -> api.post("/api/users/" + alice + "/runs", "{\"distance\": 5.2}")),
                timed(() -> api.get("/api/runs")),
                // in a transaction, which cannot even begin
                timed(() -> api.delete("/api/users/" + alice))
            }) {
                assertThat(response.status()).isEqualTo(503);
                assertThat(response.contentType()).isEqualTo("application/problem+json");
                assertThat(response.json().get("type").asString()).isEqualTo("urn:runlog:problem:database-unavailable");
                assertThat(response.header("Retry-After")).isNotNull();
            }
            // As a probe asks: without a token, which would need the database to be checked.
            Api.Response health = new Api(api.port()).get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asString()).isEqualTo("DOWN");

            database.restart();
            Instant restarted = Instant.now();

            Instant giveUp = Instant.now().plusSeconds(20);
            Api.Response afterwards = api.get("/api/users/" + alice);
            while (afterwards.status() != 200 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(200);
                afterwards = api.get("/api/users/" + alice);
            }
            assertThat(afterwards.status())
                    .as("recovered without a restart of the app")
                    .isEqualTo(200);
            System.out.printf(
                    "Outage: slowest 503 %d ms; first 200 %d ms after the database was back%n",
                    slowest.toMillis(),
                    Duration.between(restarted, Instant.now()).toMillis());
            assertThat(api.post("/api/users/" + alice + "/runs", "{\"distance\": 5.2}")
                            .status())
                    .isEqualTo(201);
            assertThat(api.get("/actuator/health").json().get("status").asString())
                    .isEqualTo("UP");
        }
    }

    private Duration slowest = Duration.ZERO;

    /** The response, asserting it came within 3 seconds: no request hangs on a dead database. */
    private Api.Response timed(Supplier<Api.Response> request) {
        Instant started = Instant.now();
        Api.Response response = request.get();
        Duration took = Duration.between(started, Instant.now());
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        slowest = took.compareTo(slowest) > 0 ? took : slowest;
        return response;
    }
}

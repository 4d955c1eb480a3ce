package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators see: health and its probes, build info, and a request id in every log line. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends RunningAppTest {

    private static final String FILTER_LOGGER = "dev.runlog.web.RequestIdFilter";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void healthIsUp_withTheDatabase_andHasLivenessAndReadinessProbes() {
        JsonNode health = api.get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");

        assertThat(api.get("/actuator/health/liveness").json().get("status").asString())
                .isEqualTo("UP");
        JsonNode readiness = api.get("/actuator/health/readiness").json();
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").has("db"))
                .as("ready only when the database is")
                .isTrue();
    }

    @Test
    void infoShowsTheBuildVersion() {
        assertThat(api.get("/actuator/info").json().get("build").get("version").asString())
                .isEqualTo("0.1.0-SNAPSHOT");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "env",
                "beans",
                "configprops",
                "mappings",
                "loggers",
                "metrics",
                "heapdump",
                "threaddump",
                "shutdown",
                "scheduledtasks",
                "caches",
                "conditions"
            })
    void noOtherEndpointIsExposed(String endpoint) {
        Api.Response response = api.get("/actuator/" + endpoint);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aClientsRequestId_isEchoed_andOneIsMadeUpWhenAbsentOrUnfit() {
        assertThat(api.send("GET", "/api/users", null, null, "X-Request-Id", "client-42")
                        .header("X-Request-Id"))
                .isEqualTo("client-42");
        assertThat(api.get("/api/users").header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(api.send("GET", "/api/users", null, null, "X-Request-Id", "x".repeat(65))
                        .header("X-Request-Id"))
                .matches("[0-9a-f-]{36}");
        assertThat(api.send("GET", "/api/nothing", null, null, "X-Request-Id", "even-on-404")
                        .header("X-Request-Id"))
                .isEqualTo("even-on-404");
    }

    @Test
    void theLogLinesOfARequest_carryItsId(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(FILTER_LOGGER, LogLevel.DEBUG);
        try {
            api.send("GET", "/api/users/424242", null, null, "X-Request-Id", "find-me-7");
        } finally {
            logging.setLogLevel(FILTER_LOGGER, null);
        }

        assertThat(output.getOut()).containsPattern("\\[find-me-7\\].*GET /api/users/424242 answered 404");
    }

    /**
     * Structured logging is chosen at start-up, so this starts the app as a process of its own,
     * as an operator would: with LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs in its environment. The
     * request comes with a W3C traceparent, whose trace id its lines carry.
     */
    @Test
    void withStructuredLoggingOn_logLinesAreJson_withTheRequestIdAndTheTrace() {
        TestDatabase.Connection db = TestDatabase.connection();
        Map<String, String> environment = Map.of(
                "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
                "SPRING_DATASOURCE_URL", db.url(),
                "SPRING_DATASOURCE_USERNAME", db.username(),
                "SPRING_DATASOURCE_PASSWORD", db.password());
        String output;
        try (AppProcess app = AppProcess.start(environment, "--logging.level." + FILTER_LOGGER + "=DEBUG")) {
            app.api()
                    .send(
                            "GET",
                            "/api/users",
                            null,
                            null,
                            "X-Request-Id",
                            "json-line-9",
                            "traceparent",
                            "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
            app.awaitOutput("json-line-9", Duration.ofSeconds(10));
            output = app.output();
        }

        assertThat(output.lines().filter(line -> line.contains("json-line-9")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .startsWith("{")
                        .contains("\"requestId\":\"json-line-9\"")
                        .contains("\"traceId\":\"" + TRACE_ID + "\"")
                        .containsPattern("\"spanId\":\"[0-9a-f]{16}\""));
    }
}

package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's description is committed (docs/openapi.json) and must be what the running app
 * serves, so every change to the API shows up in review as a change to that file.
 */
class ApiSpecificationTest extends RunningAppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final Path SERVED = Path.of("target", "openapi.json");

    @Test
    void theServedSpecification_isTheCommittedOne() throws IOException {
        Api.Response response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode served = response.json();
        Files.writeString(SERVED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");

        assertThat(served.get("openapi").asString()).startsWith("3.1");
        assertThat(Files.exists(COMMITTED)).as("docs/openapi.json exists").isTrue();
        assertThat(served)
                .as("The API changed: review bootstrap/target/openapi.json and,"
                        + " if the change is meant, copy it to docs/openapi.json")
                .isEqualTo(JSON.readTree(Files.readString(COMMITTED)));
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}

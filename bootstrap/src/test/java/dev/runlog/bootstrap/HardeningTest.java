package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What a hostile or careless client meets: limits, plain 4xx problems, and no server details. */
class HardeningTest extends RunningAppTest {

    @Test
    void everyAnswer_saysNosniff_andNamesNoServer() {
        for (Api.Response response :
                new Api.Response[] {api.get("/api/users"), api.get("/api/nothing"), api.post("/api/users", "{}")}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Server")).isNull();
        }
    }

    /** Without Access-Control-Allow-Origin, a browser refuses the answer to another origin's page. */
    @Test
    void noOtherOriginIsAllowed_asNoCorsIsConfigured() {
        Api.Response simple = api.send("GET", "/api/users", null, null, "Origin", "https://elsewhere.example");
        Api.Response preflight = api.send(
                "OPTIONS",
                "/api/users",
                null,
                null,
                "Origin",
                "https://elsewhere.example",
                "Access-Control-Request-Method",
                "POST");

        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void jsonNestedDeeperThan64_isA400_andStoresNothing() {
        String deep = "[".repeat(100) + "]".repeat(100); // Jackson alone would allow 500 levels

        // In a field Runlog ignores, so only the parsing limit can refuse it.
        Api.Response response =
                api.post("/api/users", "{\"username\": \"A\", \"email\": \"a@example.com\", \"note\": " + deep + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(storedUsers()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "-1e309", "\"NaN\"", "\"Infinity\"", "-0", "1000.0000001"})
    void numbersThatAreNoDistance_areA400(String distance) {
        long alice = api.registerUser("Alice", "alice@example.com");

        Api.Response response = api.post("/api/users/" + alice + "/runs", "{\"distance\": " + distance + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(storedRuns()).isZero();
    }

    @Test
    void aNumberOver100Digits_orAStringOver100000Characters_isA400_evenInAFieldRunlogIgnores() {
        // Unknown fields are ignored, so only the parsing limits can refuse these.
        String longNumber = "{\"username\": \"A\", \"email\": \"a@example.com\", \"note\": " + "9".repeat(200) + "}";
        String longString =
                "{\"username\": \"B\", \"email\": \"b@example.com\", \"note\": \"" + "x".repeat(200_000) + "\"}";

        assertThat(api.post("/api/users", longNumber).status()).isEqualTo(400);
        assertThat(api.post("/api/users", longString).status()).isEqualTo(400);
        assertThat(storedUsers()).isZero();
    }

    @Test
    void aBodyDeclaredOver1MiB_isA413Problem_andStoresNothing() {
        String big = "{\"username\": \"A\", \"email\": \"a@example.com\", \"note\": \"" + "x".repeat(2_000_000) + "\"}";

        Api.Response response = api.post("/api/users", big);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(storedUsers()).isZero();
    }

    @Test
    void aBodyOfUnknownLengthOver1MiB_isCutOff_withA413Problem() {
        // Many small values, so that no other limit (such as the longest string) is met first.
        byte[] big = ("{\"username\": \"A\", \"email\": \"a@example.com\", \"note\": [" + "1,".repeat(700_000) + "1]}")
                .getBytes(StandardCharsets.UTF_8);

        Api.Response response = api.sendChunked("POST", "/api/users", "application/json", big);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(storedUsers()).isZero();
    }

    @Test
    void aUrlTheServerCannotDecode_getsAProblemToo_notAnHtmlPage() {
        String response = api.raw("GET /api/users/%ZZ HTTP/1.1"); // a URL java.net.URI would refuse to send

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("\"status\":400").doesNotContainIgnoringCase("tomcat");
    }
}

package dev.runlog.bootstrap.benchmark;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs in the benchmark's callers through Runlog's own API, as its users do: the admin the benchmark
 * configured, and the runners whose data the load reads and writes, so that every request carries
 * the token of the runner who owns its data (or the admin's, for what only an admin may list). A
 * runner without a password gets one from the admin ({@code PUT /api/users/{id}/password}), once;
 * then each signs in with HTTP Basic ({@code POST /api/tokens}). Tokens come from Runlog, so they
 * are what any client holds: nothing is written into the token table behind its back.
 */
final class BenchmarkSignIn {

    /** The admin Runlog is started with, through its environment (RUNLOG_ADMIN_EMAIL and _PASSWORD). */
    static final String ADMIN_EMAIL = "admin@benchmark.runlog.test";

    static final String ADMIN_PASSWORD = "the benchmark's admin password";

    private static final String RUNNER_PASSWORD = "a benchmark runner's password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    BenchmarkSignIn(int port) {
        this.port = port;
    }

    /** The admin's token. */
    String admin() {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A token for each of these runners, by user id, in their order; the admin gives passwords to those without. */
    Map<Long, String> runners(List<BenchmarkData.Runner> runners, String adminToken) {
        Map<Long, String> tokens = new LinkedHashMap<>();
        for (BenchmarkData.Runner runner : runners) {
            if (!runner.hasPassword()) {
                setPassword(adminToken, runner.id());
            }
            tokens.put(runner.id(), signIn(runner.email(), RUNNER_PASSWORD));
        }
        return tokens;
    }

    private void setPassword(String adminToken, long user) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/users/" + user + "/password"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"newPassword\": \"" + RUNNER_PASSWORD + "\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken));
        if (response.statusCode() != 204) {
            throw new IllegalStateException("could not set the password of user " + user + ": " + response.body());
        }
    }

    private String signIn(String email, String password) {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/tokens"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + basic));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("could not sign in as " + email + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

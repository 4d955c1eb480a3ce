package dev.runlog.bootstrap;

import dev.runlog.web.contract.ApiContract;
import dev.runlog.web.contract.Exchange;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A client for Runlog's REST API in tests: real HTTP to the app on its port, so every answer
 * went through Tomcat, Spring Security, Spring MVC and the database exactly as a user's would.
 * Every answer is held to docs/openapi.json ({@link ApiContract}) before the test sees it; only
 * {@link #raw}'s bytes are not, being no parsed answer.
 *
 * <p>A client sends no token until it is given one ({@link #withToken}, {@link #signedInAs}); most
 * tests use {@link #signedInAsAdmin}, as the admin may do everything.
 */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String base;
    private final String token;

    /** A client without a token. */
    Api(int port) {
        this(port, null);
    }

    private Api(int port, String token) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    /** A client without a token, of an app a test started itself. */
    static Api of(ConfigurableApplicationContext app) {
        return new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    /** A client signed in as the tests' admin ({@link TestAdmin}). */
    static Api signedInAsAdmin(int port) {
        return new Api(port).signedInAs(TestAdmin.EMAIL, TestAdmin.PASSWORD);
    }

    /** This client with this bearer token. */
    Api withToken(String bearerToken) {
        return new Api(port, bearerToken);
    }

    /** Signs in with HTTP Basic ({@code POST /api/tokens}) and returns a client with the new token. */
    Api signedInAs(String email, String password) {
        Response response = signIn(email, password);
        if (response.status() != 201) {
            throw new IllegalStateException("could not sign in as " + email + ": " + response.body());
        }
        return withToken(response.json().get("token").asString());
    }

    /** {@code POST /api/tokens} with HTTP Basic: the answer, whatever it is. */
    Response signIn(String email, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(port).send("POST", "/api/tokens", null, null, "Authorization", "Basic " + credentials);
    }

    /**
     * {@code POST /api/users} without a token, as anyone may sign up: the answer, whatever it is.
     * A null password is left out of the body.
     */
    Response signUp(String username, String email, String password) {
        return new Api(port).post("/api/users", json("username", username, "email", email, "password", password));
    }

    /**
     * A JSON object of these names and values, in this order, escaped as JSON needs (passwords hold
     * quotes and emoji); a null value leaves its name out.
     */
    static String json(String... namesAndValues) {
        ObjectNode object = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                object.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return JSON.writeValueAsString(object);
    }

    /** The bearer token this client sends; null if none. */
    String token() {
        return token;
    }

    int port() {
        return port;
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    Response post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    Response put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Sends a request line as it is, over a plain socket, and returns the whole raw response. */
    String raw(String requestLine) {
        URI address = URI.create(base);
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write((requestLine + "\r\nHost: " + address.getHost() + authorizationLine()
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String authorizationLine() {
        return token == null ? "" : "\r\nAuthorization: Bearer " + token;
    }

    /** Sends these exact bytes as the body, valid UTF-8 or not. */
    Response sendBytes(String method, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType));
    }

    /** Sends the body without a Content-Length (chunked), as a client streaming it would. */
    Response sendChunked(String method, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", contentType));
    }

    Response send(String method, String path, String contentType, String body, String... headerNamesAndValues) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headerNamesAndValues.length > 0) {
            request.headers(headerNamesAndValues);
        }
        return send(request);
    }

    private Response send(HttpRequest.Builder request) {
        if (token != null
                && request.build().headers().firstValue("Authorization").isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ApiContract.runlog().assertHonouredBy(Exchange.of(response));
            return new Response(response.statusCode(), response, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a user and returns its id. */
    long registerUser(String username, String email) {
        Response response = post("/api/users", "{\"username\": \"%s\", \"email\": \"%s\"}".formatted(username, email));
        if (response.status() != 201) {
            throw new IllegalStateException("could not register " + email + ": " + response.body());
        }
        return response.json().get("id").asLong();
    }

    /** Logs a run and returns its id. */
    long logRun(long userId, double distance, String mood) {
        String moodJson = mood == null ? "null" : "\"" + mood + "\"";
        Response response = post(
                "/api/users/" + userId + "/runs", "{\"distance\": %s, \"mood\": %s}".formatted(distance, moodJson));
        if (response.status() != 201) {
            throw new IllegalStateException("could not log a run: " + response.body());
        }
        return response.json().get("id").asLong();
    }

    record Response(int status, HttpResponse<String> raw, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }
}

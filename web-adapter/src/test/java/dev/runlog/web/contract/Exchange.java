package dev.runlog.web.contract;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request and the answer to it, as much as the contract needs: method, path (without the
 * query string), status, headers and body. Built from whatever the test's client holds.
 */
public record Exchange(String method, String path, int status, Map<String, List<String>> headers, String body) {

    public Exchange {
        Map<String, List<String>> ignoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ignoringCase.putAll(headers);
        headers = ignoringCase;
        body = body == null ? "" : body;
    }

    /** An answer a test received over real HTTP. */
    public static Exchange of(HttpResponse<String> response) {
        return new Exchange(
                response.request().method(),
                response.request().uri().getRawPath(),
                response.statusCode(),
                response.headers().map(),
                response.body());
    }

    /** An answer Spring MVC gave in a MockMvc test. */
    public static Exchange of(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : response.getHeaderNames()) {
            headers.put(name, response.getHeaders(name));
        }
        return new Exchange(
                result.getRequest().getMethod(),
                result.getRequest().getRequestURI(),
                response.getStatus(),
                headers,
                new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    /** The header's value, its lines joined by commas as HTTP allows; empty if it was not sent. */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    /** The Content-Type without its parameters ({@code charset} and such), in lower case. */
    public Optional<String> mediaType() {
        return header("Content-Type").map(type -> type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status;
    }
}

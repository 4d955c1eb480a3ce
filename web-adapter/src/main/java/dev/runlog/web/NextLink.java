package dev.runlog.web;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * Where the rest of an answer is: the current request's address with some of its parameters
 * moved, told in the body's {@code next} and in a {@code Link: <...>; rel="next"} header. One
 * place, so a page of runs and the following summaries are followed the same way.
 */
final class NextLink {

    private NextLink() {}

    /** The current request, its query changed by {@code moving}, relative to the server: valid behind any proxy. */
    static String address(UnaryOperator<UriComponentsBuilder> moving) {
        URI next = moving.apply(ServletUriComponentsBuilder.fromCurrentRequest())
                .build()
                .toUri();
        return next.getRawPath() + "?" + next.getRawQuery();
    }

    /** The {@code Link} header naming {@code address} as the next part. */
    static HttpHeaders header(String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.LINK, "<" + address + ">; rel=\"next\"");
        return headers;
    }
}

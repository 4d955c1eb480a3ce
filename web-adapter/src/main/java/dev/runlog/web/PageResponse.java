package dev.runlog.web;

import dev.runlog.domain.model.shared.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A page of a list as JSON: {@code {"items": [...], "next": "/api/...?after=N&limit=L"}}, where
 * {@code next} is null on the last page. Following {@code next} visits every item exactly once.
 */
public record PageResponse<T>(
        @Schema(description = "The items of this page, in ascending id order")
        List<T> items,

        @Schema(
                description = "The next page's address, relative to the server; null on the last page",
                types = {"string", "null"},
                format = "uri-reference",
                example = "/api/users?after=20&limit=20")
        String next) {

    /**
     * The response for one page: its items as JSON and, when another page follows, its address in
     * {@code next} and in a {@code Link: <...>; rel="next"} header. The address is the current
     * request's, with {@code after} moved to the last id on this page.
     */
    static <D, T> ResponseEntity<PageResponse<T>> of(
            Page<D> page, int limit, Function<D, T> toJson, ToLongFunction<T> idOf) {
        List<T> items = page.items().stream().map(toJson).toList();
        if (!page.hasNext()) {
            return ResponseEntity.ok(new PageResponse<>(items, null));
        }
        String next = NextLink.address(request -> request.replaceQueryParam("after") // removed, then added last
                .replaceQueryParam("limit") // in a fixed order: ...&after=N&limit=L
                .queryParam("after", idOf.applyAsLong(items.get(items.size() - 1)))
                .queryParam("limit", limit));
        return ResponseEntity.ok().headers(NextLink.header(next)).body(new PageResponse<>(items, next));
    }
}

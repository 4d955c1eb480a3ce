package dev.runlog.domain.model.shared;

import java.util.List;

/**
 * One page of a list, in ascending id order.
 *
 * @param items   the items on this page, at most the requested limit
 * @param hasNext whether items follow after the last one on this page
 * @param <T>     what the list holds
 */
public record Page<T>(List<T> items, boolean hasNext) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Makes a page from what a store fetched for {@code request}: up to
     * {@link PageRequest#fetchSize()} items, the extra one only telling that a next page exists.
     */
    public static <T> Page<T> fromFetched(List<T> fetched, PageRequest request) {
        boolean hasNext = fetched.size() > request.limit();
        return new Page<>(hasNext ? fetched.subList(0, request.limit()) : fetched, hasNext);
    }
}

package dev.runlog.domain.model.shared;

/**
 * Which page of a list to read, by keyset: the items whose id is greater than {@code after}, at
 * most {@code limit} of them, in ascending id order. Unlike an offset, reading the page after id
 * 990,000 costs the same as reading the first.
 *
 * @param after the last id the reader has seen; 0 to start at the beginning
 * @param limit how many items at most, from 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(long after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        FieldChecks checks = new FieldChecks();
        checks.require(after >= 0, "after", "after must be an id seen on an earlier page, or 0 to start.");
        checks.require(limit >= 1 && limit <= MAX_LIMIT, "limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        checks.throwIfAnyFailed();
    }

    /** The first page, of the default size. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }

    /** Builds a request from values that may be missing: from the start, of the default size. */
    public static PageRequest of(Long after, Integer limit) {
        return new PageRequest(after == null ? 0 : after, limit == null ? DEFAULT_LIMIT : limit);
    }

    /**
     * How many items a store should fetch: one more than the limit, so that whether another page
     * follows is known without a second query.
     */
    public int fetchSize() {
        return limit + 1;
    }
}

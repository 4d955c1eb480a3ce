package dev.runlog.domain.model.shared;

/**
 * One reason a value was rejected: the field it belongs to and a message written for the client.
 *
 * @param field   the name of the rejected field, as clients know it ({@code "email"}, {@code "distance"})
 * @param message why it was rejected, in words a client can act on
 */
public record Violation(String field, String message) {}

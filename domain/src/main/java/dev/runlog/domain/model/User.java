package dev.runlog.domain.model;

import java.util.Objects;

/**
 * A runner known to Runlog. Their runs are not part of this value; {@link UserWithRuns} holds a
 * user together with all of their runs.
 *
 * @param id       the user's id
 * @param username the user's name
 * @param email    the user's email address, unique among users ignoring case
 */
public record User(UserId id, Username username, Email email) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
    }

    /** A stored user with the given id and details. */
    public static User withId(UserId id, UserDetails details) {
        return new User(id, details.username(), details.email());
    }
}

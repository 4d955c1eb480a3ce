package dev.runlog.web;

import dev.runlog.domain.model.User;

/** A user as JSON: {@code {"id", "username", "email"}}. */
public record UserResponse(long id, String username, String email) {

    static UserResponse from(User user) {
        return new UserResponse(user.id().value(), user.username().value(), user.email().value());
    }
}

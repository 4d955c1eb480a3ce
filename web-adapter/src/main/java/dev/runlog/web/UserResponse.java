package dev.runlog.web;

import dev.runlog.domain.model.user.User;
import io.swagger.v3.oas.annotations.media.Schema;

/** A user as JSON: {@code {"id", "username", "email"}}. */
public record UserResponse(
        @Schema(example = "1") long id,
        @Schema(example = "Alice") String username,
        @Schema(example = "alice@example.com") String email) {

    static UserResponse from(User user) {
        return new UserResponse(
                user.id().value(), user.username().value(), user.email().value());
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.user.UserDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON body that registers or changes a user: {@code {"username": "...", "email": "..."}}.
 * Fields arrive unchecked; the domain's rules decide what is valid.
 */
public record UserRequest(
        @Schema(description = "Not blank, at most 80 characters", example = "Alice")
        String username,

        @Schema(
                description = "Shaped like an address, at most 120 characters, unique ignoring case",
                example = "alice@example.com")
        String email) {

    UserDetails toDetails() {
        return UserDetails.of(username, email);
    }
}

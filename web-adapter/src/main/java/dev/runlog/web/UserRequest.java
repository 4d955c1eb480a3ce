package dev.runlog.web;

import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.Username;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The JSON body that registers or changes a user: {@code {"username": "...", "email": "..."}}.
 * Fields arrive unchecked; the domain's rules decide what is valid. The constraints stated for
 * the API description are the domain's own constants, so the two cannot drift apart.
 */
public record UserRequest(
        @Schema(
                description = "Not blank, no control characters, at most 80 characters",
                requiredMode = REQUIRED,
                maxLength = Username.MAX_LENGTH,
                pattern = ApiDocumentation.NOT_BLANK,
                example = "Alice")
        String username,

        @Schema(
                description = "Shaped like an address, at most 120 characters, unique ignoring case",
                requiredMode = REQUIRED,
                maxLength = Email.MAX_LENGTH,
                pattern = "^" + Email.SHAPE_REGEX + "$",
                example = "alice@example.com")
        String email) {

    UserDetails toDetails() {
        return UserDetails.of(username, email);
    }
}

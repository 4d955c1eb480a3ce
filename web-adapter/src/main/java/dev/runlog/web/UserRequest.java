package dev.runlog.web;

import dev.runlog.domain.model.UserDetails;

/**
 * The JSON body that registers or changes a user: {@code {"username": "...", "email": "..."}}.
 * Fields arrive unchecked; the domain's rules decide what is valid.
 */
public record UserRequest(String username, String email) {

    UserDetails toDetails() {
        return UserDetails.of(username, email);
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.access.AccessToken;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A new bearer token: {@code {"token": "...", "tokenType": "Bearer", "expiresAt": "..."}}. */
public record TokenResponse(
        @Schema(
                description = "Send it as Authorization: Bearer <token>",
                example = "rl_9Rk3xQ1p0m8T2vWc5yZb7nLd4sFg6hJa1Qe3Rt5Yu7I")
        String token,

        @Schema(description = "Always Bearer", example = "Bearer")
        String tokenType,

        @Schema(description = "When the token stops working", example = "2026-12-02T19:30:00Z")
        Instant expiresAt) {

    static TokenResponse from(AccessToken token) {
        return new TokenResponse(token.secret(), "Bearer", token.expiresAt());
    }

    @Override
    public String toString() {
        return "TokenResponse[token hidden, expiresAt=" + expiresAt + "]";
    }
}

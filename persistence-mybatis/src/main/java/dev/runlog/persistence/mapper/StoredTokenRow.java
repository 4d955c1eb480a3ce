package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.access.StoredToken;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.UserId;

import java.time.Instant;

/**
 * A row of the {@code access_token} table with its user's role, as MyBatis fills it (fields set by
 * reflection, no setters), turned into the domain's {@link StoredToken} at the edge of the adapter.
 */
public class StoredTokenRow {

    private String digest;
    private Long userId;
    private String role;
    private Instant expiresAt;

    /** For MyBatis; public for the reason {@link UserRow#UserRow()} gives. */
    public StoredTokenRow() {}

    public StoredToken toStoredToken() {
        return new StoredToken(new UserId(userId), Role.valueOf(role), expiresAt);
    }
}

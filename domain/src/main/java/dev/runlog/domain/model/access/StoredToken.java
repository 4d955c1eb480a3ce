package dev.runlog.domain.model.access;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A token as it is kept, with what checking it needs, read together: whose it is, their role now
 * (so a role taken away applies at once) and when it expires.
 *
 * @param user      the user it was issued to
 * @param role      that user's role
 * @param expiresAt when it stops working
 */
public record StoredToken(UserId user, Role role, Instant expiresAt) {

    public StoredToken {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The caller this token speaks for at {@code now}; empty once it has expired. */
    public Optional<Caller> callerAt(Instant now) {
        return now.isBefore(expiresAt) ? Optional.of(new Caller(user, role)) : Optional.empty();
    }
}

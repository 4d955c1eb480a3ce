package dev.runlog.domain.model.access;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.UserId;

import java.util.Objects;
import java.util.Optional;

/**
 * What signing in as a user checks: their password's hash, if they have a password at all (the
 * tutorial's users and users an admin made without one do not), and who they are once it matches.
 *
 * @param user         the user
 * @param role         their role
 * @param passwordHash the stored hash; empty if the user cannot sign in with a password
 */
public record Credentials(UserId user, Role role, Optional<String> passwordHash) {

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public Caller caller() {
        return new Caller(user, role);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", role=" + role + ", passwordHash hidden]";
    }
}

package dev.runlog.domain.model.user;

import java.util.Objects;

/**
 * Who is asking: the signed-in user a use case acts for. Adapters learn it from a token and pass
 * it in like any other input; the domain alone decides what this caller may see and change.
 *
 * @param user the signed-in user
 * @param role what they may do beyond their own data
 */
public record Caller(UserId user, Role role) {

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }

    public static Caller runner(UserId user) {
        return new Caller(user, Role.RUNNER);
    }

    public static Caller admin(UserId user) {
        return new Caller(user, Role.ADMIN);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /**
     * The ownership rule: a runner's data is theirs alone, and admins may reach everyone's. Data
     * a caller may not access is reported as missing, so its id tells them nothing.
     */
    public boolean mayAccess(UserId owner) {
        return isAdmin() || user.equals(owner);
    }
}

package dev.runlog.domain.port.in;

import java.util.Objects;

/**
 * What making sure of the first admin takes, from the operator's configuration.
 *
 * @param email    the admin's email
 * @param password their password, used if the account has none yet
 */
public record EnsureAdminCommand(String email, String password) {

    public EnsureAdminCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "EnsureAdminCommand[email=" + email + ", password hidden]";
    }
}

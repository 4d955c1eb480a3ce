package dev.runlog.domain.port.in;

import dev.runlog.domain.model.user.User;

/** Makes sure the operator's configured admin exists and is an admin. */
public interface EnsureAdminUseCase {

    /**
     * Creates the account (username {@code admin}) if no user has the email, sets the password if
     * the account has none, and makes it an admin.
     *
     * @return the admin
     */
    User ensureAdmin(EnsureAdminCommand command);
}

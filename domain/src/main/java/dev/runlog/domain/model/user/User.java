package dev.runlog.domain.model.user;

import dev.runlog.domain.model.shared.Version;

import java.util.Objects;

/**
 * A runner known to Runlog. Their runs are not part of this value, nor of this package: a user
 * with all of their runs is {@code UserWithRuns}, in {@code model.run}.
 *
 * @param id      the user's id
 * @param details name and email address; the email is unique among users ignoring case
 * @param version how many times the user has been changed
 */
public record User(UserId id, UserDetails details, Version version) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(version, "version");
    }

    public Username username() {
        return details.username();
    }

    public Email email() {
        return details.email();
    }
}

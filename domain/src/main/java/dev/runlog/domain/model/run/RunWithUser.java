package dev.runlog.domain.model.run;

import dev.runlog.domain.model.user.User;

import java.util.Objects;

/**
 * A run together with the user who ran it: the tutorial's {@code run.user}.
 *
 * @param run  the run
 * @param user the user who logged it
 */
public record RunWithUser(Run run, User user) {

    public RunWithUser {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(user, "user");
        if (!run.userId().equals(user.id())) {
            throw new IllegalArgumentException(
                    "run " + run.id() + " belongs to user " + run.userId() + ", not " + user.id());
        }
    }
}

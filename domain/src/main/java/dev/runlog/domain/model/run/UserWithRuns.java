package dev.runlog.domain.model.run;

import dev.runlog.domain.model.user.User;

import java.util.List;
import java.util.Objects;

/**
 * A user together with every run they logged, ordered by id: the tutorial's {@code user.runs}.
 *
 * @param user the user
 * @param runs all of the user's runs, oldest first; empty if they logged none
 */
public record UserWithRuns(User user, List<Run> runs) {

    public UserWithRuns {
        Objects.requireNonNull(user, "user");
        runs = List.copyOf(runs);
    }
}

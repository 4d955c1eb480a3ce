package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.user.UserId;

import java.util.Objects;

/**
 * What importing many runs at once takes.
 *
 * @param user the user who ran them
 * @param runs the runs, checked as a whole; those without a date are dated today
 */
public record ImportRunsCommand(UserId user, RunBatch runs) {

    public ImportRunsCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(runs, "runs");
    }
}

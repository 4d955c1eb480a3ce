package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;

import java.util.Objects;

/**
 * What importing many runs at once takes.
 *
 * @param caller   who is importing: the runner themselves or an admin
 * @param user the user who ran them
 * @param runs the runs, checked as a whole; those without a date are dated today
 */
public record ImportRunsCommand(Caller caller, UserId user, RunBatch runs) {

    public ImportRunsCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(runs, "runs");
    }
}

package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;

import java.util.Objects;

/**
 * What logging a run takes.
 *
 * @param caller   who is logging it: the runner themselves or an admin
 * @param user    the user who ran
 * @param details the run; without a date, it is dated today
 */
public record LogRunCommand(Caller caller, UserId user, RunDetails details) {

    public LogRunCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(details, "details");
    }
}

package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.user.Caller;

import java.util.Objects;

/**
 * What correcting a logged run takes.
 *
 * @param caller   who is correcting it: its runner or an admin
 * @param run      the run to correct
 * @param details  its new details, replacing all of the old; without a date, it is dated today
 * @param expected the version the correction is meant for
 */
public record UpdateRunCommand(Caller caller, RunId run, RunDetails details, ExpectedVersion expected) {

    public UpdateRunCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(expected, "expected");
    }
}

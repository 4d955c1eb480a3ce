package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.user.Caller;

import java.util.Objects;

/**
 * What deleting a run takes.
 *
 * @param caller   who is deleting it: its runner or an admin
 * @param run      the run to delete
 * @param expected the version the deletion is meant for
 */
public record DeleteRunCommand(Caller caller, RunId run, ExpectedVersion expected) {

    public DeleteRunCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(expected, "expected");
    }
}

package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.shared.ExpectedVersion;

import java.util.Objects;

/**
 * What deleting a run takes.
 *
 * @param run      the run to delete
 * @param expected the version the deletion is meant for
 */
public record DeleteRunCommand(RunId run, ExpectedVersion expected) {

    public DeleteRunCommand {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(expected, "expected");
    }
}

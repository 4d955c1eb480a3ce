package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.shared.ExpectedVersion;

import java.util.Objects;

/**
 * What correcting a logged run takes.
 *
 * @param run      the run to correct
 * @param details  its new details, replacing all of the old; without a date, it is dated today
 * @param expected the version the correction is meant for
 */
public record UpdateRunCommand(RunId run, RunDetails details, ExpectedVersion expected) {

    public UpdateRunCommand {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(expected, "expected");
    }
}

package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.NotFoundException;

/** No run has the given id. */
public class RunNotFoundException extends NotFoundException {

    public RunNotFoundException(RunId id) {
        super("No run with id " + id.value() + " exists.");
    }
}

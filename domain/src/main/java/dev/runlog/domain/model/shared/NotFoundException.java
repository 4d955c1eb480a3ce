package dev.runlog.domain.model.shared;

/** Something asked for by id does not exist. */
public abstract class NotFoundException extends RunlogException {

    protected NotFoundException(String message) {
        super(message);
    }
}

package dev.runlog.domain.model.shared;

/**
 * The caller may not do this at all, whatever the data. (Data that belongs to someone else is
 * not this: it is reported as not found, so that its id reveals nothing.)
 */
public class NotAllowedException extends RunlogException {

    public NotAllowedException(String message) {
        super(message);
    }
}

package dev.runlog.domain.model.shared;

/** A change was asked for on a version that is no longer the stored one. */
public class StaleVersionException extends RunlogException {

    public StaleVersionException(Version expected) {
        super("It has changed since version " + expected.value() + " was read; read it again and retry.");
    }
}

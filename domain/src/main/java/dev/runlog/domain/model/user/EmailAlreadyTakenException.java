package dev.runlog.domain.model.user;

import dev.runlog.domain.model.shared.RunlogException;

/** Another user already has this email address, compared ignoring case. */
public class EmailAlreadyTakenException extends RunlogException {

    public EmailAlreadyTakenException(Email email) {
        super("The email address " + email.value() + " is already taken by another user.");
    }
}

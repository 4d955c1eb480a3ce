package dev.runlog.domain.model.access;

import dev.runlog.domain.model.shared.NotAllowedException;

/** The operator closed sign-up: only admins create users. */
public class SignUpClosedException extends NotAllowedException {

    public SignUpClosedException() {
        super("Sign-up is closed on this server; an admin can create your user.");
    }
}

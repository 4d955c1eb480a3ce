package dev.runlog.domain.model.access;

import dev.runlog.domain.model.shared.RunlogException;

/**
 * The email and password do not sign anyone in. Deliberately one failure for an unknown email, a
 * wrong password and a user without a password: telling them apart would tell who has an account.
 */
public class SignInFailedException extends RunlogException {

    public SignInFailedException() {
        super("The email or the password is wrong.");
    }
}

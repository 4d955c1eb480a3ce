package dev.runlog.domain.testing;

import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.port.out.PasswordHasher;

/**
 * A {@link PasswordHasher} for tests of the services: its "hash" is the password behind a prefix,
 * so a test can see which password was stored. Nothing secret ever passes through it.
 */
public final class RecognisableHasher implements PasswordHasher {

    private static final String PREFIX = "hash-of:";

    @Override
    public String hash(Password password) {
        return PREFIX + password.reveal();
    }

    @Override
    public boolean matches(String typed, String passwordHash) {
        return passwordHash.equals(PREFIX + typed);
    }
}

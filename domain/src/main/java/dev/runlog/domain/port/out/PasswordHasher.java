package dev.runlog.domain.port.out;

import dev.runlog.domain.model.user.Password;

/**
 * Turns a password into a slow, salted hash and checks a typed password against one. Implemented
 * outside the domain with a well-reviewed library: hashing passwords is not something to write.
 */
public interface PasswordHasher {

    /** A new hash of the password, with a salt of its own. */
    String hash(Password password);

    /** Whether the typed text is the password this hash was made from. */
    boolean matches(String typed, String passwordHash);
}

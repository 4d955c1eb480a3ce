package dev.runlog.bootstrap;

import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.port.out.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The domain's {@link PasswordHasher}, done by a Spring Security {@link PasswordEncoder}. */
final class SpringPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(Password password) {
        return encoder.encode(password.reveal());
    }

    @Override
    public boolean matches(String typed, String passwordHash) {
        return encoder.matches(typed, passwordHash);
    }
}

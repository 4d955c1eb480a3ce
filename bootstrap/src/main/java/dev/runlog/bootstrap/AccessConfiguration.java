package dev.runlog.bootstrap;

import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.port.in.EnsureAdminCommand;
import dev.runlog.domain.port.in.EnsureAdminUseCase;
import dev.runlog.domain.port.out.PasswordHasher;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * How passwords are hashed, and the first admin. (Which requests need a token is the web
 * adapter's {@code ApiSecurity}; the use cases that sign in are in {@link UseCaseConfiguration}.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AccessProperties.class, AdminProperties.class})
class AccessConfiguration {

    /**
     * Argon2id, the winner of the Password Hashing Competition, at Spring Security's recommended cost.
     * Unlike bcrypt it reads the whole password, not only its first 72 bytes. Each hash is stored
     * with its {@code {argon2}} prefix, so a later default can be introduced beside it.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder passwordEncoder) {
        return new SpringPasswordHasher(passwordEncoder);
    }

    /**
     * The configured admin exists and is an admin before the web server takes its first request:
     * this runs once every bean is made (the schema migrated), before the server starts.
     *
     * <p>Instances started together on a new database all find no admin, and all add one: the
     * email's unique index lets one in and refuses the others. A refused instance ensures the admin
     * again, in a new transaction that sees the admin the other made, and starts as well.
     */
    @Bean
    SmartInitializingSingleton firstAdmin(AdminProperties admin, EnsureAdminUseCase ensureAdmin) {
        return () -> {
            if (admin.isConfigured()) {
                EnsureAdminCommand command = new EnsureAdminCommand(admin.email(), admin.password());
                try {
                    ensureAdmin.ensureAdmin(command);
                } catch (EmailAlreadyTakenException madeByAnotherInstanceMeanwhile) {
                    ensureAdmin.ensureAdmin(command);
                }
            }
        };
    }
}

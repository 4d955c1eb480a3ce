package dev.runlog.domain.service;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.model.access.Credentials;
import dev.runlog.domain.model.access.SignInFailedException;
import dev.runlog.domain.model.access.SignInThrottle;
import dev.runlog.domain.model.access.TokenDigest;
import dev.runlog.domain.model.access.TooManySignInsException;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.Text;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.port.in.AuthenticateUseCase;
import dev.runlog.domain.port.in.SignInCommand;
import dev.runlog.domain.port.in.SignInUseCase;
import dev.runlog.domain.port.in.SignOutUseCase;
import dev.runlog.domain.port.out.AccessTokenRepository;
import dev.runlog.domain.port.out.CredentialRepository;
import dev.runlog.domain.port.out.PasswordHasher;
import dev.runlog.domain.port.out.SignInFailureRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing in, checking tokens and signing out. A token is random and stored only as a digest; checking
 * one is a single look-up that also reads the user's role, so a revoked token or a changed role
 * counts from the next request on.
 */
public class SignInService implements SignInUseCase, AuthenticateUseCase, SignOutUseCase {

    private final CredentialRepository credentials;
    private final AccessTokenRepository tokens;
    private final SignInFailureRepository failures;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final SecureRandom random = new SecureRandom();
    /**
     * Checked when no user has the email, so that an unknown email costs the same time as a wrong
     * password and timing does not tell who has an account.
     */
    private final String hashOfNoOnesPassword;

    public SignInService(
            CredentialRepository credentials,
            AccessTokenRepository tokens,
            SignInFailureRepository failures,
            PasswordHasher hasher,
            Clock clock,
            Duration tokenLifetime) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        this.hashOfNoOnesPassword = hasher.hash(Password.chosen(
                "password",
                AccessToken.issue(random, Instant.EPOCH).secret(),
                UserDetails.of("no one", "no-one@runlog.invalid")));
    }

    @Override
    public AccessToken signIn(SignInCommand command) {
        Instant now = clock.instant();
        String account = Text.caseless(command.email());
        Optional<Duration> wait = SignInThrottle.waitBeforeNextTry(
                failures.failuresSince(account, command.clientAddress(), SignInThrottle.windowStartAt(now)), now);
        if (wait.isPresent()) {
            throw new TooManySignInsException(wait.get());
        }
        Optional<Credentials> found = emailOrEmpty(command.email()).flatMap(credentials::findByEmail);
        Optional<String> storedHash = found.flatMap(Credentials::passwordHash);
        // Hashed even when there is no stored hash to match, so that both take the same time.
        boolean matches = hasher.matches(command.password(), storedHash.orElse(hashOfNoOnesPassword));
        if (!matches || storedHash.isEmpty()) {
            failures.removeBefore(SignInThrottle.windowStartAt(now));
            failures.add(account, command.clientAddress(), now);
            throw new SignInFailedException();
        }
        failures.removeAll(account, command.clientAddress());
        tokens.removeExpired(now);
        // Whole seconds: the expiry is shown to clients, and kept to the microsecond by the store.
        AccessToken token = AccessToken.issue(random, now.plus(tokenLifetime).truncatedTo(ChronoUnit.SECONDS));
        tokens.add(token.digest(), found.get().user(), token.expiresAt());
        return token;
    }

    @Override
    public Optional<Caller> callerFor(String bearerToken) {
        if (!AccessToken.hasTheShapeOfOne(bearerToken)) {
            return Optional.empty();
        }
        return tokens.find(TokenDigest.of(bearerToken)).flatMap(stored -> stored.callerAt(clock.instant()));
    }

    @Override
    public void signOut(String bearerToken) {
        if (AccessToken.hasTheShapeOfOne(bearerToken)) {
            tokens.remove(TokenDigest.of(bearerToken));
        }
    }

    private static Optional<Email> emailOrEmpty(String typed) {
        try {
            return Optional.of(Email.of(typed));
        } catch (InvalidValueException notAnEmail) {
            return Optional.empty();
        }
    }
}

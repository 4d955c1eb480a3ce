package dev.runlog.domain.service;

import dev.runlog.domain.model.access.Credentials;
import dev.runlog.domain.model.access.ExternalIdentity;
import dev.runlog.domain.model.access.SignUpClosedException;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.NotAllowedException;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.model.user.Username;
import dev.runlog.domain.port.in.ChangePasswordCommand;
import dev.runlog.domain.port.in.ChangePasswordUseCase;
import dev.runlog.domain.port.in.EnsureAdminCommand;
import dev.runlog.domain.port.in.EnsureAdminUseCase;
import dev.runlog.domain.port.in.IdentifyExternalUserUseCase;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.SignUpCommand;
import dev.runlog.domain.port.in.SignUpUseCase;
import dev.runlog.domain.port.out.AccessTokenRepository;
import dev.runlog.domain.port.out.CredentialRepository;
import dev.runlog.domain.port.out.PasswordHasher;
import dev.runlog.domain.port.out.UserRepository;

import java.util.Objects;
import java.util.Optional;

/**
 * Accounts: creating users (by signing up, or by an admin), their passwords, the first admin and
 * users from an external identity provider.
 */
public class AccountService
        implements SignUpUseCase,
                RegisterUserUseCase,
                ChangePasswordUseCase,
                EnsureAdminUseCase,
                IdentifyExternalUserUseCase {

    /** Whether anyone may sign up, or only admins create users. */
    public enum SignUp {
        OPEN,
        CLOSED
    }

    static final Username ADMIN_USERNAME = Username.of("admin");

    private final UserRepository users;
    private final CredentialRepository credentials;
    private final AccessTokenRepository tokens;
    private final PasswordHasher hasher;
    private final SignUp signUp;

    public AccountService(
            UserRepository users,
            CredentialRepository credentials,
            AccessTokenRepository tokens,
            PasswordHasher hasher,
            SignUp signUp) {
        this.users = Objects.requireNonNull(users, "users");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.signUp = Objects.requireNonNull(signUp, "signUp");
    }

    @Override
    public User signUp(SignUpCommand command) {
        if (signUp == SignUp.CLOSED) {
            throw new SignUpClosedException();
        }
        return create(command.details(), Optional.of(command.password()));
    }

    @Override
    public User register(RegisterUserCommand command) {
        if (!command.caller().isAdmin()) {
            throw new NotAllowedException("Only an admin creates users for others; sign up without a token instead.");
        }
        return create(command.details(), command.password());
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        Caller caller = command.caller();
        Access.requireAccessToUser(caller, command.user());
        User user = users.findById(command.user()).orElseThrow(() -> new UserNotFoundException(command.user()));
        if (!caller.isAdmin()) {
            requireCurrentPassword(command);
        }
        storePassword(user.id(), Password.chosen("newPassword", command.newPassword(), user.details()));
        tokens.removeAllOf(user.id());
    }

    @Override
    public User ensureAdmin(EnsureAdminCommand command) {
        Email email = Email.of(command.email());
        Optional<Credentials> existing = credentials.findByEmail(email);
        User admin;
        if (existing.isEmpty()) {
            UserDetails details = new UserDetails(ADMIN_USERNAME, email);
            admin = create(details, Optional.of(Password.chosen("password", command.password(), details)));
        } else {
            admin = users.findById(existing.get().user()).orElseThrow();
            if (existing.get().passwordHash().isEmpty()) {
                storePassword(admin.id(), Password.chosen("password", command.password(), admin.details()));
            }
        }
        credentials.setRole(admin.id(), Role.ADMIN);
        return admin;
    }

    @Override
    public Caller callerFor(ExternalIdentity identity) {
        Optional<Credentials> linked = credentials.findByExternalIdentity(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            return linked.get().caller();
        }
        Credentials found = credentials.findByEmail(identity.email()).orElseGet(() -> firstMet(identity));
        credentials.linkExternalIdentity(found.user(), identity.issuer(), identity.subject());
        return found.caller();
    }

    /**
     * A new runner for the provider's user. Two first requests at once may both try: the second
     * finds the email taken, and takes the user the first made.
     */
    private Credentials firstMet(ExternalIdentity identity) {
        try {
            UserId user = users.add(new UserDetails(usernameFor(identity.email()), identity.email()))
                    .id();
            return new Credentials(user, Role.RUNNER, Optional.empty());
        } catch (EmailAlreadyTakenException madeMeanwhile) {
            return credentials.findByEmail(identity.email()).orElseThrow(() -> madeMeanwhile);
        }
    }

    private User create(UserDetails details, Optional<Password> password) {
        User user = users.add(details);
        password.ifPresent(chosen -> storePassword(user.id(), chosen));
        return user;
    }

    /** Only the hash is kept. */
    private void storePassword(UserId user, Password chosen) {
        credentials.setPasswordHash(user, hasher.hash(chosen));
    }

    private void requireCurrentPassword(ChangePasswordCommand command) {
        String typed = command.currentPassword()
                .orElseThrow(() -> new InvalidValueException("currentPassword", "currentPassword is required."));
        boolean matches = credentials
                .findByUser(command.user())
                .flatMap(Credentials::passwordHash)
                .filter(hash -> hasher.matches(typed, hash))
                .isPresent();
        if (!matches) {
            throw new InvalidValueException("currentPassword", "currentPassword is not the current password.");
        }
    }

    /** A new user from a provider is named by their email's local part, as far as a username may be. */
    private static Username usernameFor(Email email) {
        String local = email.value().substring(0, email.value().indexOf('@'));
        return Username.of(local.length() > Username.MAX_LENGTH ? local.substring(0, Username.MAX_LENGTH) : local);
    }
}

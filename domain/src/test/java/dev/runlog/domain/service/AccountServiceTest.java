package dev.runlog.domain.service;

import dev.runlog.domain.model.access.AccessToken;
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
import dev.runlog.domain.port.in.ChangePasswordCommand;
import dev.runlog.domain.port.in.EnsureAdminCommand;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.SignUpCommand;
import dev.runlog.domain.service.AccountService.SignUp;
import dev.runlog.domain.testing.RecognisableHasher;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating users, their passwords, the first admin and users of an external provider. */
class AccountServiceTest {

    private static final String PASSWORD = "a long enough secret";
    private static final Caller AN_ADMIN = Caller.admin(new UserId(1_000_000));

    private final Repositories repositories = Repositories.inMemory();
    private final AccountService accounts = accountsWithSignUp(SignUp.OPEN);

    @Test
    void signingUp_createsARunnerWithTheirPassword() {
        User alice = accounts.signUp(SignUpCommand.of("Alice", "alice@example.com", PASSWORD));

        assertThat(repositories.credentials().findByUser(alice.id()).orElseThrow())
                .satisfies(credentials -> {
                    assertThat(credentials.role()).isEqualTo(Role.RUNNER);
                    assertThat(credentials.passwordHash()).contains("hash-of:" + PASSWORD);
                });
    }

    @Test
    void signingUpWithATakenEmail_isRejected_ignoringCase() {
        accounts.signUp(SignUpCommand.of("Alice", "alice@example.com", PASSWORD));

        assertThatThrownBy(() -> accounts.signUp(SignUpCommand.of("Alice 2", "ALICE@example.com", PASSWORD)))
                .isInstanceOf(EmailAlreadyTakenException.class);
    }

    @Test
    void signingUp_isRefusedOnceTheOperatorClosedIt() {
        AccountService closed = accountsWithSignUp(SignUp.CLOSED);

        assertThatThrownBy(() -> closed.signUp(SignUpCommand.of("Alice", "alice@example.com", PASSWORD)))
                .isInstanceOf(SignUpClosedException.class);
        assertThat(repositories
                        .users()
                        .findPage(dev.runlog.domain.model.shared.PageRequest.first())
                        .items())
                .isEmpty();
    }

    @Test
    void anAdmin_createsUsers_withOrWithoutAPassword_evenWhenSignUpIsClosed() {
        AccountService closed = accountsWithSignUp(SignUp.CLOSED);
        UserDetails details = aUser().details();

        User withOne = closed.register(new RegisterUserCommand(
                AN_ADMIN, details, Optional.of(Password.chosen("password", PASSWORD, details))));
        User withNone = closed.register(new RegisterUserCommand(
                AN_ADMIN, aUser().withEmail("b@example.com").details(), Optional.empty()));

        assertThat(repositories
                        .credentials()
                        .findByUser(withOne.id())
                        .orElseThrow()
                        .passwordHash())
                .isPresent();
        assertThat(repositories
                        .credentials()
                        .findByUser(withNone.id())
                        .orElseThrow()
                        .passwordHash())
                .isEmpty();
    }

    @Test
    void aRunner_cannotCreateUsers() {
        assertThatThrownBy(() -> accounts.register(
                        new RegisterUserCommand(Caller.runner(new UserId(1)), aUser().details(), Optional.empty())))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aRunnerChangingTheirPassword_mustGiveTheCurrentOne_andEveryEarlierTokenIsRevoked() {
        User alice = accounts.signUp(SignUpCommand.of("Alice", "alice@example.com", PASSWORD));
        Caller asAlice = Caller.runner(alice.id());
        AccessToken earlier =
                AccessToken.issue(new SecureRandom(), Instant.now().plusSeconds(3600));
        repositories.tokens().add(earlier.digest(), alice.id(), earlier.expiresAt());

        assertThatThrownBy(() -> accounts.changePassword(
                        new ChangePasswordCommand(asAlice, alice.id(), Optional.empty(), "a new long secret")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("currentPassword");
        assertThatThrownBy(() -> accounts.changePassword(new ChangePasswordCommand(
                        asAlice, alice.id(), Optional.of("not the password"), "a new long secret")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(repositories.tokens().find(earlier.digest()))
                .as("a refused change revokes nothing")
                .isPresent();

        accounts.changePassword(
                new ChangePasswordCommand(asAlice, alice.id(), Optional.of(PASSWORD), "a new long secret"));

        assertThat(repositories
                        .credentials()
                        .findByUser(alice.id())
                        .orElseThrow()
                        .passwordHash())
                .contains("hash-of:a new long secret");
        assertThat(repositories.tokens().find(earlier.digest())).isEmpty();
    }

    @Test
    void theNewPassword_followsTheRulesForNewPasswords() {
        User alice = accounts.signUp(SignUpCommand.of("Alice", "alice@example.com", PASSWORD));

        assertThatThrownBy(() -> accounts.changePassword(new ChangePasswordCommand(
                        Caller.runner(alice.id()), alice.id(), Optional.of(PASSWORD), "alice@example.com")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("newPassword");
    }

    @Test
    void anAdmin_setsAnyonesPassword_withoutTheCurrentOne_butARunnerCannotSetAnothers() {
        User tutorialUser = repositories.users().add(aUser().details()); // no password, like the tutorial's

        accounts.changePassword(new ChangePasswordCommand(AN_ADMIN, tutorialUser.id(), Optional.empty(), PASSWORD));

        assertThat(repositories
                        .credentials()
                        .findByUser(tutorialUser.id())
                        .orElseThrow()
                        .passwordHash())
                .contains("hash-of:" + PASSWORD);
        assertThatThrownBy(() -> accounts.changePassword(new ChangePasswordCommand(
                        Caller.runner(new UserId(tutorialUser.id().value() + 1)),
                        tutorialUser.id(),
                        Optional.of(PASSWORD),
                        "an attacker's choice")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void theConfiguredAdmin_isCreatedIfAbsent_andMadeAnAdmin() {
        User admin = accounts.ensureAdmin(new EnsureAdminCommand("root@example.com", PASSWORD));

        assertThat(admin.username().value()).isEqualTo("admin");
        assertThat(repositories
                        .credentials()
                        .findByUser(admin.id())
                        .orElseThrow()
                        .role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void theConfiguredAdmin_whoExists_keepsTheirPassword_andBecomesAnAdmin() {
        User alice = accounts.signUp(SignUpCommand.of("Alice", "alice@example.com", PASSWORD));

        accounts.ensureAdmin(new EnsureAdminCommand("ALICE@example.com", "another long password"));

        assertThat(repositories.credentials().findByUser(alice.id()).orElseThrow())
                .satisfies(credentials -> {
                    assertThat(credentials.role()).isEqualTo(Role.ADMIN);
                    assertThat(credentials.passwordHash()).contains("hash-of:" + PASSWORD);
                });
    }

    @Test
    void anExternalUser_isCreatedOnFirstUse_andRecognisedBySubjectAfterwards() {
        ExternalIdentity identity = new ExternalIdentity("https://idp.example", "sub-1", Email.of("carol@example.com"));

        Caller first = accounts.callerFor(identity);
        Caller again = accounts.callerFor(
                new ExternalIdentity("https://idp.example", "sub-1", Email.of("carol.new@example.com")));

        assertThat(again).isEqualTo(first);
        assertThat(first.isAdmin()).isFalse();
        assertThat(repositories
                        .users()
                        .findById(first.user())
                        .orElseThrow()
                        .email()
                        .value())
                .isEqualTo("carol@example.com");
    }

    @Test
    void anExternalUserWithTheEmailOfAnExistingOne_isThatUser() {
        User alice = accounts.signUp(SignUpCommand.of("Alice", "alice@example.com", PASSWORD));

        Caller caller =
                accounts.callerFor(new ExternalIdentity("https://idp.example", "sub-2", Email.of("Alice@Example.com")));

        assertThat(caller.user()).isEqualTo(alice.id());
    }

    private AccountService accountsWithSignUp(SignUp signUp) {
        return new AccountService(
                repositories.users(),
                repositories.credentials(),
                repositories.tokens(),
                new RecognisableHasher(),
                signUp);
    }
}

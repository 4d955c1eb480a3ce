package dev.runlog.domain.service;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.model.access.SignInFailedException;
import dev.runlog.domain.model.access.SignInThrottle;
import dev.runlog.domain.model.access.TooManySignInsException;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.port.in.SignInCommand;
import dev.runlog.domain.testing.RecognisableHasher;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing in, checking tokens and signing out. */
class SignInServiceTest {

    private static final String PASSWORD = "a long enough secret";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final Repositories repositories = Repositories.inMemory();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T12:00:00Z"));
    private final SignInService signIns = new SignInService(
            repositories.credentials(),
            repositories.tokens(),
            repositories.signInFailures(),
            new RecognisableHasher(),
            clock,
            LIFETIME);
    private final User alice = userWithPassword("alice@example.com");

    @Test
    void theRightEmailAndPassword_giveATokenThatSpeaksForTheUser_untilItExpires() {
        AccessToken token = signIns.signIn(new SignInCommand("alice@example.com", PASSWORD, "10.0.0.1"));

        assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(LIFETIME)); // a whole second already
        assertThat(signIns.callerFor(token.secret())).contains(Caller.runner(alice.id()));

        clock.advance(LIFETIME);
        assertThat(signIns.callerFor(token.secret())).isEmpty();
    }

    @Test
    void theEmail_isMatchedIgnoringCase() {
        assertThat(signIns.signIn(new SignInCommand("ALICE@Example.com", PASSWORD, "10.0.0.1"))
                        .secret())
                .startsWith("rl_");
    }

    @Test
    void aWrongPassword_anUnknownEmail_andAUserWithoutAPassword_failAlike() {
        User withoutPassword = repositories
                .users()
                .add(aUser().withEmail("tutorial@example.com").details());

        for (SignInCommand attempt : new SignInCommand[] {
            new SignInCommand("alice@example.com", "wrong password!", "10.0.0.1"),
            new SignInCommand("nobody@example.com", PASSWORD, "10.0.0.1"),
            new SignInCommand(withoutPassword.email().value(), "", "10.0.0.1"),
            new SignInCommand("not an email", PASSWORD, "10.0.0.1")
        }) {
            assertThatThrownBy(() -> signIns.signIn(attempt))
                    .isInstanceOf(SignInFailedException.class)
                    .hasMessage("The email or the password is wrong.");
        }
    }

    @Test
    void afterFiveFailures_thatAddressWaits_evenWithTheRightPassword_butAnotherAddressDoesNot() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> signIns.signIn(new SignInCommand("alice@example.com", "wrong guess!", "10.6.6.6")))
                    .isInstanceOf(SignInFailedException.class);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThatThrownBy(() -> signIns.signIn(new SignInCommand("Alice@example.com", PASSWORD, "10.6.6.6")))
                .isInstanceOfSatisfying(
                        TooManySignInsException.class,
                        tooMany -> assertThat(tooMany.retryAfter()).isEqualTo(Duration.ofMinutes(10)));
        assertThat(signIns.signIn(new SignInCommand("alice@example.com", PASSWORD, "10.0.0.1")))
                .as("the right password from another address")
                .isNotNull();

        clock.advance(Duration.ofMinutes(10));
        assertThat(signIns.signIn(new SignInCommand("alice@example.com", PASSWORD, "10.6.6.6")))
                .as("once the oldest failure left the window")
                .isNotNull();
    }

    @Test
    void signingOut_revokesThatTokenAtOnce_andNoOther() {
        AccessToken first = signIns.signIn(new SignInCommand("alice@example.com", PASSWORD, "10.0.0.1"));
        AccessToken second = signIns.signIn(new SignInCommand("alice@example.com", PASSWORD, "10.0.0.1"));

        signIns.signOut(first.secret());

        assertThat(signIns.callerFor(first.secret())).isEmpty();
        assertThat(signIns.callerFor(second.secret())).isPresent();
    }

    @Test
    void aForgedOrMalformedToken_speaksForNoOne() {
        assertThat(signIns.callerFor("rl_" + "A".repeat(43))).isEmpty();
        assertThat(signIns.callerFor("Bearer nonsense")).isEmpty();
        assertThat(signIns.callerFor("")).isEmpty();
    }

    @Test
    void aRoleChanged_appliesToTokensAlreadyIssued() {
        AccessToken token = signIns.signIn(new SignInCommand("alice@example.com", PASSWORD, "10.0.0.1"));

        repositories.credentials().setRole(alice.id(), Role.ADMIN);

        assertThat(signIns.callerFor(token.secret())).contains(Caller.admin(alice.id()));
    }

    private User userWithPassword(String email) {
        User user = repositories.users().add(aUser().withEmail(email).details());
        repositories
                .credentials()
                .setPasswordHash(
                        user.id(),
                        new RecognisableHasher().hash(Password.chosen("password", PASSWORD, user.details())));
        return user;
    }

    /** A clock a test moves forward. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

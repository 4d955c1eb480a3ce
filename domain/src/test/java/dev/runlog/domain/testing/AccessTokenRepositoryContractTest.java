package dev.runlog.domain.testing;

import dev.runlog.domain.model.access.StoredToken;
import dev.runlog.domain.model.access.TokenDigest;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.AccessTokenRepository;
import dev.runlog.domain.port.out.CredentialRepository;
import dev.runlog.domain.port.out.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link AccessTokenRepository} must do, whatever it stores tokens in. It keeps tokens
 * and finds them with their user's role as it is now; it decides nothing about expiry, which is
 * {@link StoredToken#callerAt}'s to say. Instants are kept to the microsecond. An adapter proves
 * it keeps the contract by extending this class; the in-memory and the MariaDB adapters both do.
 */
public abstract class AccessTokenRepositoryContractTest {

    private static final Instant NOW = Instant.parse("2026-12-02T18:16:25.123456Z");
    private static final Instant IN_AN_HOUR = NOW.plus(Duration.ofHours(1));
    private static final Duration ONE_MICROSECOND = Duration.ofNanos(1_000);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    protected UserRepository users;
    protected CredentialRepository credentials;
    protected AccessTokenRepository tokens;
    protected User alice;
    protected User bob;

    /** The repositories over one store that holds nothing yet. */
    protected abstract Repositories emptyRepositories();

    @BeforeEach
    void startWithAliceAndBob() {
        Repositories repositories = emptyRepositories();
        users = repositories.users();
        credentials = repositories.credentials();
        tokens = repositories.tokens();
        alice = users.add(aUser().withUsername("Alice").details());
        bob = users.add(aUser().withUsername("Bob").details());
    }

    @Test
    void anAddedToken_isFoundByItsDigest_withItsUser_theirRole_andWhenItExpires() {
        TokenDigest digest = aDigest();

        tokens.add(digest, alice.id(), IN_AN_HOUR);

        assertThat(tokens.find(digest)).contains(new StoredToken(alice.id(), Role.RUNNER, IN_AN_HOUR));
    }

    @Test
    void aDigestNoTokenHas_findsNothing() {
        tokens.add(aDigest(), alice.id(), IN_AN_HOUR);

        assertThat(tokens.find(aDigest())).isEmpty();
    }

    @Test
    void aRoleChangedAfterSignIn_isWhatTheTokenCarries_atOnce() {
        TokenDigest digest = aDigest();
        tokens.add(digest, alice.id(), IN_AN_HOUR);

        credentials.setRole(alice.id(), Role.ADMIN);
        assertThat(tokens.find(digest).orElseThrow().role()).isEqualTo(Role.ADMIN);

        credentials.setRole(alice.id(), Role.RUNNER);
        assertThat(tokens.find(digest).orElseThrow().role()).isEqualTo(Role.RUNNER);
    }

    @Test
    void eachUsersTokens_carryTheirOwnRole() {
        TokenDigest alices = aDigest();
        TokenDigest bobs = aDigest();
        tokens.add(alices, alice.id(), IN_AN_HOUR);
        tokens.add(bobs, bob.id(), IN_AN_HOUR);

        credentials.setRole(bob.id(), Role.ADMIN);

        assertThat(tokens.find(alices)).contains(new StoredToken(alice.id(), Role.RUNNER, IN_AN_HOUR));
        assertThat(tokens.find(bobs)).contains(new StoredToken(bob.id(), Role.ADMIN, IN_AN_HOUR));
    }

    @Test
    void anExpiredToken_isStillFound_untilExpiredTokensAreRemoved() {
        TokenDigest digest = aDigest();
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));

        tokens.add(digest, alice.id(), anHourAgo);

        StoredToken found = tokens.find(digest).orElseThrow();
        assertThat(found.expiresAt()).isEqualTo(anHourAgo);
        assertThat(found.callerAt(NOW)).as("the domain's rule, not the store's").isEmpty();
    }

    @Test
    void whenATokenExpires_roundTripsToTheMicrosecond_whateverTheClocksOfTheZonesAround() {
        List<Instant> instants = List.of(
                Instant.parse("2026-03-29T01:30:00.000001Z"), // Europe's clocks skip 02:00 to 03:00
                Instant.parse("2026-10-25T00:30:00.999999Z"), // and go from 03:00 back to 02:00:
                Instant.parse("2026-10-25T01:30:00.999999Z"), // both are 02:30 in Berlin
                Instant.parse("2038-01-19T03:14:08.000001Z"), // past what a 32-bit timestamp holds
                Instant.parse("9999-12-31T23:59:59.999999Z"));
        for (Instant expiresAt : instants) {
            TokenDigest digest = aDigest();

            tokens.add(digest, alice.id(), expiresAt);

            assertThat(tokens.find(digest).orElseThrow().expiresAt()).isEqualTo(expiresAt);
        }
    }

    @Test
    void aRemovedToken_isGone_andTheUsersOtherTokensStay() {
        TokenDigest signedOut = aDigest();
        TokenDigest other = aDigest();
        tokens.add(signedOut, alice.id(), IN_AN_HOUR);
        tokens.add(other, alice.id(), IN_AN_HOUR);

        tokens.remove(signedOut);

        assertThat(tokens.find(signedOut)).isEmpty();
        assertThat(tokens.find(other)).isPresent();
    }

    @Test
    void removingATokenThatIsNotStored_changesNothing() {
        TokenDigest digest = aDigest();
        tokens.add(digest, alice.id(), IN_AN_HOUR);

        tokens.remove(aDigest());
        tokens.remove(digest);
        tokens.remove(digest);

        assertThat(tokens.find(digest)).isEmpty();
    }

    @Test
    void removingAllOfAUsersTokens_leavesOtherUsersTokensAlone() {
        TokenDigest alicesFirst = aDigest();
        TokenDigest alicesSecond = aDigest();
        TokenDigest bobs = aDigest();
        tokens.add(alicesFirst, alice.id(), IN_AN_HOUR);
        tokens.add(alicesSecond, alice.id(), NOW.minus(Duration.ofDays(1)));
        tokens.add(bobs, bob.id(), IN_AN_HOUR);

        tokens.removeAllOf(alice.id());

        assertThat(tokens.find(alicesFirst)).isEmpty();
        assertThat(tokens.find(alicesSecond)).isEmpty();
        assertThat(tokens.find(bobs)).isPresent();
        tokens.removeAllOf(alice.id()); // none left: nothing happens
    }

    @Test
    void removingExpiredTokens_removesExactlyThoseThatNoLongerSignAnyoneIn() {
        List<Instant> expiries = List.of(
                NOW.minus(Duration.ofDays(30)), NOW.minus(ONE_MICROSECOND), NOW, NOW.plus(ONE_MICROSECOND), IN_AN_HOUR);
        List<TokenDigest> digests = expiries.stream()
                .map(expiresAt -> {
                    TokenDigest digest = aDigest();
                    tokens.add(digest, alice.id(), expiresAt);
                    return digest;
                })
                .toList();

        tokens.removeExpired(NOW);

        for (int i = 0; i < expiries.size(); i++) {
            boolean signsInNow = new StoredToken(alice.id(), Role.RUNNER, expiries.get(i))
                    .callerAt(NOW)
                    .isPresent();
            assertThat(tokens.find(digests.get(i)).isPresent())
                    .as("the token expiring at %s, which %s", expiries.get(i), signsInNow ? "signs in" : "does not")
                    .isEqualTo(signsInNow);
        }
    }

    @Test
    void removingAUser_removesTheirTokens() {
        TokenDigest alices = aDigest();
        TokenDigest bobs = aDigest();
        tokens.add(alices, alice.id(), IN_AN_HOUR);
        tokens.add(bobs, bob.id(), IN_AN_HOUR);

        users.remove(alice.id(), ExpectedVersion.any());

        assertThat(tokens.find(alices)).isEmpty();
        assertThat(tokens.find(bobs)).isPresent();
    }

    @Test
    void aTokenForAnUnknownUser_isReportedAsUserNotFound_andNotStored() {
        TokenDigest digest = aDigest();

        assertThatThrownBy(() -> tokens.add(digest, new UserId(Long.MAX_VALUE), IN_AN_HOUR))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(tokens.find(digest)).isEmpty();
    }

    /** The digest of a secret no other test uses. */
    private static TokenDigest aDigest() {
        return TokenDigest.of("rl_test-token-" + SEQUENCE.incrementAndGet());
    }
}

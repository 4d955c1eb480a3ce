package dev.runlog.domain.testing;

import dev.runlog.domain.port.out.SignInFailureRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SignInFailureRepository} must do, whatever it stores failures in. Failures
 * are kept per account and client address, each compared exactly (the domain lowercases the
 * account before it asks), however long either is: an account is whatever was typed as an email.
 * How many failures are too many is the domain's rule, not the store's. Instants are kept to the
 * microsecond. An adapter proves it keeps the contract by extending this class; the in-memory and
 * the MariaDB adapters both do.
 */
public abstract class SignInFailureRepositoryContractTest {

    private static final String ACCOUNT = "alice@example.com";
    private static final String OTHER_ACCOUNT = "bob@example.com";
    private static final String CLIENT = "203.0.113.7";
    private static final String OTHER_CLIENT = "2001:db8::7";
    private static final Instant NOW = Instant.parse("2026-12-02T18:16:25.123456Z");
    private static final Instant SINCE = NOW.minus(Duration.ofMinutes(15));
    private static final Duration ONE_MICROSECOND = Duration.ofNanos(1_000);

    protected SignInFailureRepository failures;

    /** The repositories over one store that holds nothing yet. */
    protected abstract Repositories emptyRepositories();

    @BeforeEach
    void startEmpty() {
        failures = emptyRepositories().signInFailures();
    }

    @Test
    void withoutFailures_thereAreNone() {
        assertThat(failures.failuresSince(ACCOUNT, CLIENT, SINCE)).isEmpty();
    }

    @Test
    void failures_areKeptPerAccountAndClientAddress_together() {
        failures.add(ACCOUNT, CLIENT, NOW.minusSeconds(2));
        failures.add(ACCOUNT, CLIENT, NOW.minusSeconds(1));
        failures.add(ACCOUNT, OTHER_CLIENT, NOW);
        failures.add(OTHER_ACCOUNT, CLIENT, NOW);

        assertThat(failures.failuresSince(ACCOUNT, CLIENT, SINCE))
                .containsExactlyInAnyOrder(NOW.minusSeconds(2), NOW.minusSeconds(1));
        assertThat(failures.failuresSince(ACCOUNT, OTHER_CLIENT, SINCE)).containsExactly(NOW);
        assertThat(failures.failuresSince(OTHER_ACCOUNT, CLIENT, SINCE)).containsExactly(NOW);
        assertThat(failures.failuresSince(OTHER_ACCOUNT, OTHER_CLIENT, SINCE)).isEmpty();
    }

    @Test
    void failuresSinceAnInstant_includeThoseAtIt_andLeaveOutEarlierOnes() {
        failures.add(ACCOUNT, CLIENT, SINCE.minus(Duration.ofHours(1)));
        failures.add(ACCOUNT, CLIENT, SINCE.minus(ONE_MICROSECOND));
        failures.add(ACCOUNT, CLIENT, SINCE);
        failures.add(ACCOUNT, CLIENT, SINCE.plus(ONE_MICROSECOND));

        assertThat(failures.failuresSince(ACCOUNT, CLIENT, SINCE))
                .containsExactlyInAnyOrder(SINCE, SINCE.plus(ONE_MICROSECOND));
    }

    @Test
    void twoFailuresAtTheSameInstant_countAsTwo() {
        failures.add(ACCOUNT, CLIENT, NOW);
        failures.add(ACCOUNT, CLIENT, NOW);

        assertThat(failures.failuresSince(ACCOUNT, CLIENT, SINCE)).containsExactly(NOW, NOW);
    }

    @Test
    void whenAFailureHappened_roundTripsToTheMicrosecond() {
        Instant at = Instant.parse("2026-10-25T01:30:00.000001Z");

        failures.add(ACCOUNT, CLIENT, at);

        assertThat(failures.failuresSince(ACCOUNT, CLIENT, at.minusSeconds(1))).containsExactly(at);
    }

    @Test
    void removingAllOfAClientsFailuresForAnAccount_leavesTheirOtherAccountsAndOtherClientsAlone() {
        failures.add(ACCOUNT, CLIENT, NOW.minusSeconds(1));
        failures.add(ACCOUNT, CLIENT, NOW);
        failures.add(ACCOUNT, OTHER_CLIENT, NOW);
        failures.add(OTHER_ACCOUNT, CLIENT, NOW);

        failures.removeAll(ACCOUNT, CLIENT);

        assertThat(failures.failuresSince(ACCOUNT, CLIENT, SINCE)).isEmpty();
        assertThat(failures.failuresSince(ACCOUNT, OTHER_CLIENT, SINCE)).containsExactly(NOW);
        assertThat(failures.failuresSince(OTHER_ACCOUNT, CLIENT, SINCE)).containsExactly(NOW);
        failures.removeAll(ACCOUNT, CLIENT); // none left: nothing happens
    }

    @Test
    void removingFailuresBeforeAnInstant_removesThemForEveryone_andKeepsThoseAtItOrLater() {
        Instant before = SINCE;
        failures.add(ACCOUNT, CLIENT, before.minus(Duration.ofDays(1)));
        failures.add(ACCOUNT, CLIENT, before.minus(ONE_MICROSECOND));
        failures.add(ACCOUNT, CLIENT, before);
        failures.add(ACCOUNT, CLIENT, NOW);
        failures.add(OTHER_ACCOUNT, OTHER_CLIENT, before.minus(ONE_MICROSECOND));

        failures.removeBefore(before);

        assertThat(failures.failuresSince(ACCOUNT, CLIENT, Instant.EPOCH)).containsExactlyInAnyOrder(before, NOW);
        assertThat(failures.failuresSince(OTHER_ACCOUNT, OTHER_CLIENT, Instant.EPOCH))
                .isEmpty();
    }

    @Test
    void accountsAndAddresses_ofAnyLength_areKeptApart_evenWhenTheyBeginAlike() {
        // Far longer than any stored email: an account is what was typed, and anyone can type this.
        String longAccount = "a".repeat(10_000) + "@example.com";
        String alike = "a".repeat(10_000) + "@example.org";
        String longClient = "for=" + "198.51.100.1, ".repeat(100);

        failures.add(longAccount, CLIENT, NOW);
        failures.add(alike, CLIENT, NOW.minusSeconds(1));
        failures.add(longAccount, longClient, NOW.minusSeconds(2));

        assertThat(failures.failuresSince(longAccount, CLIENT, SINCE)).containsExactly(NOW);
        assertThat(failures.failuresSince(alike, CLIENT, SINCE)).containsExactly(NOW.minusSeconds(1));
        assertThat(failures.failuresSince(longAccount, longClient, SINCE)).containsExactly(NOW.minusSeconds(2));
        failures.removeAll(longAccount, longClient);
        assertThat(failures.failuresSince(longAccount, longClient, SINCE)).isEmpty();
        assertThat(failures.failuresSince(longAccount, CLIENT, SINCE)).containsExactly(NOW);
    }

    @Test
    void accounts_areComparedExactly_asTheDomainGivesThem() {
        String[] accounts = {
            "zoë@例え.jp",
            "zoe@例え.jp",
            "strasse@example.com",
            "straße@example.com",
            ACCOUNT + " ",
            ACCOUNT,
            "🏃@example.com",
            ""
        };
        for (int i = 0; i < accounts.length; i++) {
            failures.add(accounts[i], CLIENT, NOW.minusSeconds(i));
        }

        for (int i = 0; i < accounts.length; i++) {
            assertThat(failures.failuresSince(accounts[i], CLIENT, SINCE))
                    .as("'%s'", accounts[i])
                    .containsExactly(NOW.minusSeconds(i));
        }
    }
}

package dev.runlog.domain.model;

import dev.runlog.domain.model.access.SignInThrottle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How repeated failed sign-ins are slowed down. */
class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void fourRecentFailures_stillAllowATry() {
        assertThat(SignInThrottle.waitBeforeNextTry(failuresMinutesAgo(4, 3, 2, 1), NOW))
                .isEmpty();
    }

    @Test
    void fiveFailuresWithinFifteenMinutes_makeTheClientWaitUntilTheOldestLeavesTheWindow() {
        assertThat(SignInThrottle.waitBeforeNextTry(failuresMinutesAgo(10, 4, 3, 2, 1), NOW))
                .contains(Duration.ofMinutes(5));
    }

    @Test
    void failuresOlderThanFifteenMinutes_doNotCount() {
        assertThat(SignInThrottle.waitBeforeNextTry(failuresMinutesAgo(20, 16, 15, 2, 1), NOW))
                .isEmpty();
    }

    @Test
    void theWait_isNeverZero() {
        List<Instant> atTheEdge = IntStream.range(0, 5)
                .mapToObj(i -> NOW.minus(SignInThrottle.WINDOW).plusNanos(1))
                .toList();
        assertThat(SignInThrottle.waitBeforeNextTry(atTheEdge, NOW))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive());
    }

    private static List<Instant> failuresMinutesAgo(int... minutes) {
        return IntStream.of(minutes)
                .mapToObj(ago -> NOW.minus(Duration.ofMinutes(ago)))
                .toList();
    }
}

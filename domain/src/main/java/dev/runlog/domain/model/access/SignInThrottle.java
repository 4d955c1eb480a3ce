package dev.runlog.domain.model.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How repeated failed sign-ins are slowed down: after {@value #MAX_FAILURES} failures for one
 * account from one client address within {@link #WINDOW}, that address must wait until the oldest
 * of them is out of the window. Counting per address as well as per account keeps a stranger from
 * locking a runner out of their own account.
 */
public final class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private SignInThrottle() {}

    /** Where the failures to count begin, for a store that filters them itself. */
    public static Instant windowStartAt(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * How long the client must wait before it may try again, given the times of its recent failures
     * for this account; empty if it may try now.
     */
    public static Optional<Duration> waitBeforeNextTry(List<Instant> failures, Instant now) {
        List<Instant> inWindow =
                failures.stream().filter(at -> at.isAfter(windowStartAt(now))).toList();
        if (inWindow.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant oldest = inWindow.stream().min(Comparator.naturalOrder()).orElseThrow();
        Duration wait = Duration.between(now, oldest.plus(WINDOW));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}

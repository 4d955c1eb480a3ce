package dev.runlog.domain.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Recent failed sign-ins, by account and client address. The account is the email as typed,
 * already lowercased by the domain and of any length, so unknown accounts are counted like known
 * ones; a store compares both exactly.
 */
public interface SignInFailureRepository {

    /** When this client failed to sign in to this account, from {@code since} on. */
    List<Instant> failuresSince(String account, String clientAddress, Instant since);

    /** Records one failure. */
    void add(String account, String clientAddress, Instant at);

    /** Forgets this client's failures for this account, after it signed in. */
    void removeAll(String account, String clientAddress);

    /** Forgets every failure before {@code before}, which no longer counts. */
    void removeBefore(Instant before);
}

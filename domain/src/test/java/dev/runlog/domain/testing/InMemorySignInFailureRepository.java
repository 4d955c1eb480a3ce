package dev.runlog.domain.testing;

import dev.runlog.domain.port.out.SignInFailureRepository;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link SignInFailureRepository} port in memory, over an {@link InMemoryStore}: for tests of
 * code that uses the domain, without a database. It stores and finds; how many failures are too
 * many is the domain's rule (SignInThrottle). Accounts and addresses are compared exactly: the
 * domain gives the account already lowercased. Passes the same contract as the MariaDB adapter
 * ({@link SignInFailureRepositoryContractTest}).
 */
public class InMemorySignInFailureRepository implements SignInFailureRepository {

    private final InMemoryStore store;

    public InMemorySignInFailureRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<Instant> failuresSince(String account, String clientAddress, Instant since) {
        synchronized (store) {
            return store.signInFailures.stream()
                    .filter(failure -> isOf(failure, account, clientAddress)
                            && !failure.at().isBefore(since))
                    .map(InMemoryStore.SignInFailure::at)
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    @Override
    public void add(String account, String clientAddress, Instant at) {
        synchronized (store) {
            store.signInFailures.add(new InMemoryStore.SignInFailure(account, clientAddress, at));
        }
    }

    @Override
    public void removeAll(String account, String clientAddress) {
        synchronized (store) {
            store.signInFailures.removeIf(failure -> isOf(failure, account, clientAddress));
        }
    }

    @Override
    public void removeBefore(Instant before) {
        synchronized (store) {
            store.signInFailures.removeIf(failure -> failure.at().isBefore(before));
        }
    }

    private static boolean isOf(InMemoryStore.SignInFailure failure, String account, String clientAddress) {
        return failure.account().equals(account) && failure.clientAddress().equals(clientAddress);
    }
}

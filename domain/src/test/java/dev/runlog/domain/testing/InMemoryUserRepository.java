package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.out.UserRepository;

import java.util.Optional;

/**
 * The {@link UserRepository} port in memory: for tests of code that uses the domain, without a
 * database. It stores and finds; every rule it keeps is the domain's (the same email, the
 * expected version). Passes the same contract as the MariaDB adapter ({@link UserRepositoryContractTest}).
 */
public class InMemoryUserRepository implements UserRepository {

    private final InMemoryStore store;

    public InMemoryUserRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public User add(UserDetails details) {
        synchronized (store) {
            requireEmailFree(details.email(), null);
            User user = new User(new UserId(store.nextUserId()), details, Version.initial());
            store.users.put(user.id().value(), user);
            return user;
        }
    }

    @Override
    public Optional<UserWithRuns> findWithRunsById(UserId id) {
        synchronized (store) {
            return Optional.ofNullable(store.users.get(id.value()))
                    .map(user -> new UserWithRuns(
                            user,
                            store.runs.values().stream()
                                    .filter(run -> run.userId().equals(id))
                                    .toList()));
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        synchronized (store) {
            return Optional.ofNullable(store.users.get(id.value()));
        }
    }

    @Override
    public boolean exists(UserId id) {
        synchronized (store) {
            return store.users.containsKey(id.value());
        }
    }

    @Override
    public Page<User> findPage(PageRequest page) {
        synchronized (store) {
            var fetched = store.users.tailMap(page.after(), false).values().stream()
                    .limit(page.fetchSize())
                    .toList();
            return Page.fromFetched(fetched, page);
        }
    }

    @Override
    public Optional<User> update(UserId id, UserDetails details, ExpectedVersion expected) {
        synchronized (store) {
            User stored = store.users.get(id.value());
            if (stored == null) {
                return Optional.empty();
            }
            expected.requireMatches(stored.version());
            requireEmailFree(details.email(), id);
            User updated = new User(id, details, stored.version().next());
            store.users.put(id.value(), updated);
            return Optional.of(updated);
        }
    }

    @Override
    public boolean remove(UserId id, ExpectedVersion expected) {
        synchronized (store) {
            User stored = store.users.get(id.value());
            if (stored == null) {
                return false;
            }
            expected.requireMatches(stored.version());
            store.removeUser(id); // with their runs, tokens and links, as ON DELETE CASCADE
            return true;
        }
    }

    /** The unique index on email, ignoring case; a user may keep (or recase) their own. */
    private void requireEmailFree(Email email, UserId except) {
        boolean taken = store.users.values().stream()
                .anyMatch(other -> !other.id().equals(except) && other.email().isSameAddressAs(email));
        if (taken) {
            throw new EmailAlreadyTakenException(email);
        }
    }
}

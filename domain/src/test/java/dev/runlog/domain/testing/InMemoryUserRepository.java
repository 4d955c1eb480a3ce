package dev.runlog.domain.testing;

import dev.runlog.domain.model.Email;
import dev.runlog.domain.model.EmailAlreadyTakenException;
import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.StaleVersionException;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserDetails;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserWithRuns;
import dev.runlog.domain.model.Version;
import dev.runlog.domain.port.out.UserRepository;

import java.util.Optional;

/**
 * The {@link UserRepository} port in memory: for tests of code that uses the domain, without a
 * database. Passes the same contract as the MariaDB adapter ({@link UserRepositoryContractTest}).
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
    public Optional<User> findById(UserId id) {
        synchronized (store) {
            return Optional.ofNullable(store.users.get(id.value()));
        }
    }

    @Override
    public Optional<UserWithRuns> findWithRunsById(UserId id) {
        synchronized (store) {
            return findById(id).map(user -> new UserWithRuns(user,
                    store.runs.values().stream().filter(run -> run.userId().equals(id)).toList()));
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
            var fetched = store.users.tailMap(page.after(), false).values().stream().limit(page.fetchSize()).toList();
            return Page.fromFetched(fetched, page);
        }
    }

    @Override
    public Optional<User> update(UserId id, UserDetails details, Optional<Version> expected) {
        synchronized (store) {
            User stored = store.users.get(id.value());
            if (stored == null) {
                return Optional.empty();
            }
            InMemoryStore.requireVersion(stored.version(), expected);
            requireEmailFree(details.email(), id);
            User updated = new User(id, details, new Version(stored.version().value() + 1));
            store.users.put(id.value(), updated);
            return Optional.of(updated);
        }
    }

    @Override
    public boolean remove(UserId id, Optional<Version> expected) {
        synchronized (store) {
            User stored = store.users.get(id.value());
            if (stored == null) {
                return false;
            }
            InMemoryStore.requireVersion(stored.version(), expected);
            store.runs.values().removeIf(run -> run.userId().equals(id)); // as ON DELETE CASCADE
            store.users.remove(id.value());
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

package dev.runlog.domain.testing;

import dev.runlog.domain.model.EmailAlreadyTakenException;
import dev.runlog.domain.model.Email;
import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserDetails;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserWithRuns;
import dev.runlog.domain.port.out.UserRepository;

import java.util.ArrayList;
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
            User user = User.withId(new UserId(store.nextUserId()), details);
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
            var fetched = new ArrayList<>(store.users.tailMap(page.after(), false).values())
                    .stream().limit(page.fetchSize()).toList();
            return Page.fromFetched(fetched, page);
        }
    }

    @Override
    public boolean update(User user) {
        synchronized (store) {
            if (!store.users.containsKey(user.id().value())) {
                return false;
            }
            requireEmailFree(user.email(), user.id());
            store.users.put(user.id().value(), user);
            return true;
        }
    }

    @Override
    public boolean remove(UserId id) {
        synchronized (store) {
            store.runs.values().removeIf(run -> run.userId().equals(id)); // as ON DELETE CASCADE
            return store.users.remove(id.value()) != null;
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

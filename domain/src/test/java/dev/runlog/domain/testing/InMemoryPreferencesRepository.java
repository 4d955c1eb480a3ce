package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.out.PreferencesRepository;

import java.util.Optional;

/**
 * The {@link PreferencesRepository} port in memory: a runner who chose nothing has the defaults,
 * as the columns' defaults give them in MariaDB. Passes the same contract as the MariaDB adapter
 * ({@link PreferencesRepositoryContractTest}).
 */
public class InMemoryPreferencesRepository implements PreferencesRepository {

    private final InMemoryStore store;

    public InMemoryPreferencesRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<RunnerPreferences> findByUser(UserId user) {
        synchronized (store) {
            if (!store.users.containsKey(user.value())) {
                return Optional.empty();
            }
            return Optional.of(store.preferences.getOrDefault(user.value(), RunnerPreferences.DEFAULT));
        }
    }

    @Override
    public boolean save(UserId user, RunnerPreferences preferences) {
        synchronized (store) {
            if (!store.users.containsKey(user.value())) {
                return false;
            }
            store.preferences.put(user.value(), preferences);
            return true;
        }
    }
}

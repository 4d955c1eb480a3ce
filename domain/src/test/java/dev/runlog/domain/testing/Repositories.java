package dev.runlog.domain.testing;

import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;

/**
 * Both repository ports over one store, as a contract test needs them.
 *
 * @param users the users
 * @param runs  the runs, over the same store
 */
public record Repositories(UserRepository users, RunRepository runs) {

    /** Both in-memory repositories over a new, empty store. */
    public static Repositories inMemory() {
        InMemoryStore store = new InMemoryStore();
        return new Repositories(new InMemoryUserRepository(store), new InMemoryRunRepository(store));
    }
}

package dev.runlog.domain.testing;

import dev.runlog.domain.port.out.AccessTokenRepository;
import dev.runlog.domain.port.out.CredentialRepository;
import dev.runlog.domain.port.out.PreferencesRepository;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.SignInFailureRepository;
import dev.runlog.domain.port.out.UserRepository;

/**
 * Every repository port over one store, as contract tests and service tests need them.
 *
 * @param users          the users
 * @param runs           the runs, over the same store
 * @param credentials    the users' passwords, roles and external identities, over the same store
 * @param tokens         the issued tokens, over the same store
 * @param signInFailures the recent failed sign-ins, over the same store
 * @param preferences    the runners' preferences, over the same store
 */
public record Repositories(
        UserRepository users,
        RunRepository runs,
        CredentialRepository credentials,
        AccessTokenRepository tokens,
        SignInFailureRepository signInFailures,
        PreferencesRepository preferences) {

    /** The in-memory repositories over a new, empty store. */
    public static Repositories inMemory() {
        InMemoryStore store = new InMemoryStore();
        return new Repositories(
                new InMemoryUserRepository(store),
                new InMemoryRunRepository(store),
                new InMemoryCredentialRepository(store),
                new InMemoryAccessTokenRepository(store),
                new InMemorySignInFailureRepository(store),
                new InMemoryPreferencesRepository(store));
    }
}

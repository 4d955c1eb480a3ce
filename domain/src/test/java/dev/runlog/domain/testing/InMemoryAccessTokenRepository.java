package dev.runlog.domain.testing;

import dev.runlog.domain.model.access.StoredToken;
import dev.runlog.domain.model.access.TokenDigest;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.AccessTokenRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@link AccessTokenRepository} port in memory, over an {@link InMemoryStore}: for tests of
 * code that uses the domain, without a database. It stores and finds, expired tokens too: whether
 * a token still signs its user in is the domain's rule ({@link StoredToken#callerAt}), which
 * {@link #removeExpired} asks. Passes the same contract as the MariaDB adapter
 * ({@link AccessTokenRepositoryContractTest}).
 */
public class InMemoryAccessTokenRepository implements AccessTokenRepository {

    private final InMemoryStore store;

    public InMemoryAccessTokenRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(TokenDigest digest, UserId user, Instant expiresAt) {
        synchronized (store) {
            if (!store.users.containsKey(user.value())) {
                throw new UserNotFoundException(user); // as the foreign key does
            }
            if (store.tokens.putIfAbsent(digest.hex(), new InMemoryStore.Token(user, expiresAt)) != null) {
                throw new IllegalStateException("a token with this digest is stored already"); // as the primary key
            }
        }
    }

    @Override
    public Optional<StoredToken> find(TokenDigest digest) {
        synchronized (store) {
            return Optional.ofNullable(store.tokens.get(digest.hex())).map(this::stored);
        }
    }

    @Override
    public void remove(TokenDigest digest) {
        synchronized (store) {
            store.tokens.remove(digest.hex());
        }
    }

    @Override
    public void removeAllOf(UserId user) {
        synchronized (store) {
            store.tokens.values().removeIf(token -> token.user().equals(user));
        }
    }

    @Override
    public void removeExpired(Instant now) {
        synchronized (store) {
            store.tokens.values().removeIf(token -> stored(token).callerAt(now).isEmpty());
        }
    }

    /** The token with its user's role as it is now: a role changed after sign-in counts at once. */
    private StoredToken stored(InMemoryStore.Token token) {
        return new StoredToken(token.user(), store.roleOf(token.user()), token.expiresAt());
    }
}

package dev.runlog.domain.port.out;

import dev.runlog.domain.model.access.StoredToken;
import dev.runlog.domain.model.access.TokenDigest;
import dev.runlog.domain.model.user.UserId;

import java.time.Instant;
import java.util.Optional;

/** Where issued tokens are kept, by digest only: the secrets themselves are never stored. */
public interface AccessTokenRepository {

    /**
     * Stores a token issued to the user.
     *
     * @throws dev.runlog.domain.model.user.UserNotFoundException if no user has this id
     */
    void add(TokenDigest digest, UserId user, Instant expiresAt);

    /** The token with this digest, with its user's current role; empty if none (or revoked). */
    Optional<StoredToken> find(TokenDigest digest);

    /** Revokes one token; nothing happens if it is not stored. */
    void remove(TokenDigest digest);

    /** Revokes every token of the user. */
    void removeAllOf(UserId user);

    /** Forgets tokens that expire at or before {@code now}, which no longer sign anyone in. */
    void removeExpired(Instant now);
}

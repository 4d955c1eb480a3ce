package dev.runlog.persistence;

import dev.runlog.domain.model.access.StoredToken;
import dev.runlog.domain.model.access.TokenDigest;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.AccessTokenRepository;
import dev.runlog.persistence.mapper.AccessTokenMapper;
import dev.runlog.persistence.mapper.StoredTokenRow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link AccessTokenRepository} port on MariaDB, through the MyBatis {@link AccessTokenMapper}.
 * Finding a token is one statement, with its user's role as it is now, because every request
 * does it. An unreachable database is reported as the domain's StoreUnavailableException
 * ({@link StoreOutages}).
 */
public class MyBatisAccessTokenRepository implements AccessTokenRepository {

    private final AccessTokenMapper mapper;

    public MyBatisAccessTokenRepository(AccessTokenMapper mapper) {
        this.mapper = StoreOutages.reportedBy(AccessTokenMapper.class, Objects.requireNonNull(mapper, "mapper"));
    }

    @Override
    public void add(TokenDigest digest, UserId user, Instant expiresAt) {
        try {
            mapper.insert(digest.hex(), user.value(), expiresAt);
        } catch (RuntimeException e) {
            // The foreign key checks that the user exists, atomically with the insert.
            throw SqlErrors.isCausedBy(e, SqlErrors.NO_REFERENCED_ROW) ? new UserNotFoundException(user) : e;
        }
    }

    @Override
    public Optional<StoredToken> find(TokenDigest digest) {
        return Optional.ofNullable(mapper.find(digest.hex())).map(StoredTokenRow::toStoredToken);
    }

    @Override
    public void remove(TokenDigest digest) {
        mapper.delete(digest.hex());
    }

    @Override
    public void removeAllOf(UserId user) {
        mapper.deleteAllOf(user.value());
    }

    @Override
    public void removeExpired(Instant now) {
        mapper.deleteExpired(now);
    }
}

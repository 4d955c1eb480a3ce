package dev.runlog.persistence.mapper;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** MyBatis mapper for the {@code access_token} table; the SQL is in {@code AccessTokenMapper.xml} beside it. */
public interface AccessTokenMapper {

    void insert(@Param("digest") String digest, @Param("userId") long userId, @Param("expiresAt") Instant expiresAt);

    /** The token and its user's role, in one statement: it runs on every request. */
    StoredTokenRow find(@Param("digest") String digest);

    int delete(@Param("digest") String digest);

    int deleteAllOf(@Param("userId") long userId);

    /** Deletes the tokens that no longer sign anyone in at {@code now}. */
    int deleteExpired(@Param("now") Instant now);
}

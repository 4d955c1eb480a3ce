package dev.runlog.persistence.mapper;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/**
 * MyBatis mapper for the {@code sign_in_failure} table; the SQL is in {@code SignInFailureMapper.xml}
 * beside it. Accounts and client addresses are given as the digests the table keeps.
 */
public interface SignInFailureMapper {

    /** When the failures of this account from this address happened, from {@code since} on, oldest first. */
    List<Instant> failuresSince(
            @Param("accountDigest") String accountDigest,
            @Param("clientAddressDigest") String clientAddressDigest,
            @Param("since") Instant since);

    void insert(
            @Param("accountDigest") String accountDigest,
            @Param("clientAddressDigest") String clientAddressDigest,
            @Param("failedAt") Instant failedAt);

    int deleteAll(
            @Param("accountDigest") String accountDigest, @Param("clientAddressDigest") String clientAddressDigest);

    int deleteBefore(@Param("before") Instant before);
}

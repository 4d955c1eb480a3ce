package dev.runlog.persistence.mapper;

import org.apache.ibatis.annotations.Param;

/**
 * MyBatis mapper for what signing in keeps: the {@code user} table's password hash and role, and
 * the {@code external_identity} table. The SQL is in {@code CredentialMapper.xml} beside it.
 */
public interface CredentialMapper {

    /** The user whose email is this once lowercased, as {@code Email.caseless()} writes it. */
    CredentialsRow findByEmail(@Param("caselessEmail") String caselessEmail);

    CredentialsRow findByUser(@Param("userId") long userId);

    /** @return 1 if the user exists (whether or not the hash changed), 0 if not */
    int setPasswordHash(@Param("userId") long userId, @Param("passwordHash") String passwordHash);

    /** @return 1 if the user exists (whether or not the role changed), 0 if not */
    int setRole(@Param("userId") long userId, @Param("role") String role);

    /** The user the provider's subject is linked to, in one statement. */
    CredentialsRow findByExternalIdentity(@Param("issuer") String issuer, @Param("subject") String subject);

    /** Links the provider's subject to the user, instead of whoever it was linked to before. */
    void linkExternalIdentity(
            @Param("userId") long userId, @Param("issuer") String issuer, @Param("subject") String subject);
}

package dev.runlog.domain.port.out;

import dev.runlog.domain.model.access.Credentials;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.UserId;

import java.util.Optional;

/**
 * How users sign in: their password hashes, roles and links to external identity providers. Kept
 * apart from {@link UserRepository} because no use case that shows users needs any of it.
 */
public interface CredentialRepository {

    /** The credentials of the user with this email, ignoring case. */
    Optional<Credentials> findByEmail(Email email);

    /** The credentials of the user with this id. */
    Optional<Credentials> findByUser(UserId user);

    /**
     * Stores a new password hash for the user.
     *
     * @return false if no user has this id
     */
    boolean setPasswordHash(UserId user, String passwordHash);

    /**
     * Gives the user this role.
     *
     * @return false if no user has this id
     */
    boolean setRole(UserId user, Role role);

    /** The credentials of the user an external provider knows by this subject. */
    Optional<Credentials> findByExternalIdentity(String issuer, String subject);

    /**
     * Records that the provider's subject is this user, from now on, replacing an earlier link.
     *
     * @throws dev.runlog.domain.model.user.UserNotFoundException if no user has this id
     */
    void linkExternalIdentity(UserId user, String issuer, String subject);
}

package dev.runlog.persistence;

import dev.runlog.domain.model.access.Credentials;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.CredentialRepository;
import dev.runlog.persistence.mapper.CredentialMapper;
import dev.runlog.persistence.mapper.CredentialsRow;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@link CredentialRepository} port on MariaDB, through the MyBatis {@link CredentialMapper}:
 * the password hash and role are columns of the user's own row, so they go with it, and external
 * identities a table whose foreign key cascades. An unreachable database is reported as the
 * domain's StoreUnavailableException ({@link StoreOutages}).
 */
public class MyBatisCredentialRepository implements CredentialRepository {

    private final CredentialMapper mapper;

    public MyBatisCredentialRepository(CredentialMapper mapper) {
        this.mapper = StoreOutages.reportedBy(CredentialMapper.class, Objects.requireNonNull(mapper, "mapper"));
    }

    @Override
    public Optional<Credentials> findByEmail(Email email) {
        return Optional.ofNullable(mapper.findByEmail(email.caseless())).map(CredentialsRow::toCredentials);
    }

    @Override
    public Optional<Credentials> findByUser(UserId user) {
        return Optional.ofNullable(mapper.findByUser(user.value())).map(CredentialsRow::toCredentials);
    }

    @Override
    public boolean setPasswordHash(UserId user, String passwordHash) {
        return mapper.setPasswordHash(user.value(), Objects.requireNonNull(passwordHash, "passwordHash")) > 0;
    }

    @Override
    public boolean setRole(UserId user, Role role) {
        return mapper.setRole(user.value(), CredentialsRow.columnValueOf(role)) > 0;
    }

    @Override
    public Optional<Credentials> findByExternalIdentity(String issuer, String subject) {
        return Optional.ofNullable(mapper.findByExternalIdentity(issuer, subject))
                .map(CredentialsRow::toCredentials);
    }

    @Override
    public void linkExternalIdentity(UserId user, String issuer, String subject) {
        try {
            mapper.linkExternalIdentity(user.value(), issuer, subject);
        } catch (RuntimeException e) {
            throw SqlErrors.isCausedBy(e, SqlErrors.NO_REFERENCED_ROW) ? new UserNotFoundException(user) : e;
        }
    }
}

package dev.runlog.domain.testing;

import dev.runlog.domain.model.access.Credentials;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.CredentialRepository;

import java.util.Optional;

/**
 * The {@link CredentialRepository} port in memory, over the users of an {@link InMemoryStore}: for
 * tests of code that uses the domain, without a database. It stores and finds; the one rule it
 * keeps is the domain's "same email" ({@link Email#isSameAddressAs}). Passes the same contract as
 * the MariaDB adapter ({@link CredentialRepositoryContractTest}).
 */
public class InMemoryCredentialRepository implements CredentialRepository {

    private final InMemoryStore store;

    public InMemoryCredentialRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Credentials> findByEmail(Email email) {
        synchronized (store) {
            return store.users.values().stream()
                    .filter(user -> user.email().isSameAddressAs(email))
                    .findFirst()
                    .map(User::id)
                    .map(this::credentialsOf);
        }
    }

    @Override
    public Optional<Credentials> findByUser(UserId user) {
        synchronized (store) {
            return store.users.containsKey(user.value()) ? Optional.of(credentialsOf(user)) : Optional.empty();
        }
    }

    @Override
    public boolean setPasswordHash(UserId user, String passwordHash) {
        synchronized (store) {
            if (!store.users.containsKey(user.value())) {
                return false;
            }
            store.passwordHashes.put(user.value(), passwordHash);
            return true;
        }
    }

    @Override
    public boolean setRole(UserId user, Role role) {
        synchronized (store) {
            if (!store.users.containsKey(user.value())) {
                return false;
            }
            store.roles.put(user.value(), role);
            return true;
        }
    }

    @Override
    public Optional<Credentials> findByExternalIdentity(String issuer, String subject) {
        synchronized (store) {
            return Optional.ofNullable(store.externalIdentities.get(new InMemoryStore.ExternalKey(issuer, subject)))
                    .map(this::credentialsOf);
        }
    }

    @Override
    public void linkExternalIdentity(UserId user, String issuer, String subject) {
        synchronized (store) {
            if (!store.users.containsKey(user.value())) {
                throw new UserNotFoundException(user); // as the foreign key does
            }
            store.externalIdentities.put(new InMemoryStore.ExternalKey(issuer, subject), user);
        }
    }

    private Credentials credentialsOf(UserId user) {
        return new Credentials(user, store.roleOf(user), Optional.ofNullable(store.passwordHashes.get(user.value())));
    }
}

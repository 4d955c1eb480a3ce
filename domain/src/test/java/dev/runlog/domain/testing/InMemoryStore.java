package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database is to the MyBatis adapter, for the in-memory one: users, runs and what signing
 * in keeps, all together, so that the repositories over one store see each other's writes (a run
 * or a token needs its user; removing a user removes what is theirs). Ids count up from 1, as
 * AUTO_INCREMENT does. The repositories lock the store for every call, which makes each call
 * atomic.
 */
public final class InMemoryStore {

    /** A token as stored, by its digest's hex. */
    record Token(UserId user, Instant expiresAt) {}

    /** A provider's name for a user: at most one user each, as a primary key. */
    record ExternalKey(String issuer, String subject) {}

    /** One failed sign-in. */
    record SignInFailure(String account, String clientAddress, Instant at) {}

    final TreeMap<Long, User> users = new TreeMap<>();
    final TreeMap<Long, Run> runs = new TreeMap<>();
    /** By user id; a user without one cannot sign in with a password. */
    final Map<Long, String> passwordHashes = new HashMap<>();
    /** By user id; a user without one is a runner, as the column's default says. */
    final Map<Long, Role> roles = new HashMap<>();

    final Map<String, Token> tokens = new HashMap<>();
    final Map<ExternalKey, UserId> externalIdentities = new HashMap<>();
    /** By user id; a user without an entry has the defaults, as the columns' defaults say. */
    final Map<Long, RunnerPreferences> preferences = new HashMap<>();

    /** Not tied to users: unknown accounts are counted like known ones. */
    final List<SignInFailure> signInFailures = new ArrayList<>();

    private long lastUserId;
    private long lastRunId;

    long nextUserId() {
        return ++lastUserId;
    }

    long nextRunId() {
        return ++lastRunId;
    }

    Role roleOf(UserId user) {
        return roles.getOrDefault(user.value(), Role.RUNNER);
    }

    /** Removes the user and everything that is theirs, as the foreign keys' ON DELETE CASCADE does. */
    void removeUser(UserId id) {
        runs.values().removeIf(run -> run.userId().equals(id));
        tokens.values().removeIf(token -> token.user().equals(id));
        externalIdentities.values().removeIf(id::equals);
        passwordHashes.remove(id.value());
        roles.remove(id.value());
        preferences.remove(id.value());
        users.remove(id.value());
    }
}

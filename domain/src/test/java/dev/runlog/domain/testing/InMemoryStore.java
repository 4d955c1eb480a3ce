package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.user.User;

import java.util.TreeMap;

/**
 * What a database is to the MyBatis adapter, for the in-memory one: users and runs kept together,
 * so that the two repositories over one store see each other's writes (a run needs its user;
 * removing a user removes their runs). Ids count up from 1, as AUTO_INCREMENT does. The
 * repositories lock the store for every call, which makes each call atomic.
 */
public final class InMemoryStore {

    final TreeMap<Long, User> users = new TreeMap<>();
    final TreeMap<Long, Run> runs = new TreeMap<>();
    private long lastUserId;
    private long lastRunId;

    long nextUserId() {
        return ++lastUserId;
    }

    long nextRunId() {
        return ++lastRunId;
    }
}

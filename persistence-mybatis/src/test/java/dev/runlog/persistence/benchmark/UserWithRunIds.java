package dev.runlog.persistence.benchmark;

import dev.runlog.persistence.mapper.UserRow;

import java.util.ArrayList;
import java.util.List;

/** A user and the ids of its runs, as a lazily loading mapper would first read them. */
public class UserWithRunIds {

    private Long userId;
    private UserRow user;
    private final List<Long> runIds = new ArrayList<>();

    public UserWithRunIds() {
        // for MyBatis; public, as the row classes are (see RunRow)
    }

    UserRow user() {
        return user;
    }

    List<Long> runIds() {
        return runIds;
    }
}

package dev.runlog.persistence.benchmark;

import dev.runlog.persistence.mapper.UserRow;

import java.util.ArrayList;
import java.util.List;

/** A user and the ids of its runs, as a lazily loading mapper would first read them. */
public class UserWithRunIds {

    private Long userId;
    private UserRow user;
    private final List<Long> runIds = new ArrayList<>();

    private UserWithRunIds() {
        // for MyBatis
    }

    UserRow user() {
        return user;
    }

    List<Long> runIds() {
        return runIds;
    }
}

package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.Username;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of the {@code user} table, as MyBatis fills it (fields set by reflection, no setters).
 * Rows exist because MyBatis 3.5 cannot build a record that holds a collection through its
 * constructor; they are turned into domain values here, at the edge of the adapter.
 */
public class UserRow {

    private Long id;
    private String username;
    private String email;
    private long version;
    /** Filled only by the statements that join the user's runs; empty otherwise. */
    private final List<RunRow> runs = new ArrayList<>();

    /**
     * For MyBatis. Public on purpose: MyBatis first calls a constructor without making it
     * accessible, and a private one throws (and MyBatis catches) an exception for every row
     * read, a measured 7% of the time to read a user with 1,000 runs (docs/benchmarks.md).
     */
    public UserRow() {}

    /**
     * For a resultMap that maps the user's columns by {@code <constructor>}; runs are added after.
     * Only the persistence benchmark's variants do (one user per read: not worth a second user map).
     */
    public UserRow(Long id, String username, String email, long version) {
        this.id = id;
        this.username = username;
        this.email = email;
        this.version = version;
    }

    /** A row to insert; MyBatis sets its id from the generated key. */
    public static UserRow toInsert(UserDetails details) {
        UserRow row = new UserRow();
        row.username = details.username().value();
        row.email = details.email().value();
        return row;
    }

    /** A row to update the stored user of this id. */
    public static UserRow toUpdate(UserId id, UserDetails details) {
        UserRow row = toInsert(details);
        row.id = id.value();
        return row;
    }

    public User toUser() {
        return new User(
                new UserId(id), new UserDetails(new Username(username), new Email(email)), new Version(version));
    }

    public UserWithRuns toUserWithRuns() {
        return new UserWithRuns(toUser(), runs.stream().map(RunRow::toRun).toList());
    }
}

package dev.runlog.bootstrap.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The data the HTTP benchmark runs on: 10,000 users and 1,000,000 runs. The first 1,000 users
 * have exactly 10 runs each (the users GET /api/users/{id} reads); the other 990,000 runs are
 * spread over the other 9,000 users. MariaDB's SEQUENCE engine ({@code seq_1_to_N}) makes the
 * rows inside the server, so filling takes seconds, not the hours a million POSTs would. The users
 * are runners without a password; those the benchmark signs in get one through the API
 * ({@link BenchmarkSignIn}).
 */
final class BenchmarkData {

    static final int USERS = 10_000;
    static final int USERS_WITH_TEN_RUNS = 1_000;
    static final int RUNS = 1_000_000;
    /** The email of the first user the benchmark made; the users after it are the others, in order. */
    private static final String FIRST_EMAIL = "runner1@example.com";

    private final String url;
    private final String username;
    private final String password;

    BenchmarkData(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /**
     * Fills a database without the benchmark's users (it may hold others: the admin); returns false,
     * changing nothing, if it holds them already.
     */
    boolean fillIfEmpty() {
        if (number("select count(*) from user where email = '" + FIRST_EMAIL + "'") > 0) {
            return false;
        }
        int tenRuns = USERS_WITH_TEN_RUNS * 10;
        execute("insert into user (username, email) "
                + "select concat('Runner ', seq), concat('runner', seq, '@example.com') "
                + "from seq_1_to_" + USERS);
        execute(insertRuns(tenRuns, "u.first + (seq - 1) div 10"));
        execute(insertRuns(
                RUNS - tenRuns, "u.first + " + USERS_WITH_TEN_RUNS + " + seq % " + (USERS - USERS_WITH_TEN_RUNS)));
        return true;
    }

    private static String insertRuns(int count, String userIdExpression) {
        return "insert into run (distance, mood, date, duration_seconds, user_id) "
                + "select 1 + seq % 20, if(seq % 3 = 0, 'Tired', 'Happy'), date '2026-01-01' + interval seq % 365 day, "
                + "1200 + seq % 2400, " + userIdExpression + " "
                + "from seq_1_to_" + count + " join (select id as first from user where email = '" + FIRST_EMAIL
                + "') u";
    }

    /** The id of the first user: users first .. first+999 have ten runs each. */
    long firstUserId() {
        return number("select id from user where email = '" + FIRST_EMAIL + "'");
    }

    /** A user the benchmark made, with whether it has a password to sign in with yet. */
    record Runner(long id, String email, boolean hasPassword) {}

    /** The {@code count} users from this id on, in order. */
    List<Runner> runners(long firstId, int count) {
        String sql = "select id, email, password_hash is not null from user where id >= ? order by id limit ?";
        try (Connection connection = DriverManager.getConnection(url, username, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, firstId);
            statement.setInt(2, count);
            List<Runner> runners = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    runners.add(new Runner(rows.getLong(1), rows.getString(2), rows.getBoolean(3)));
                }
            }
            return runners;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long lastRunId() {
        return number("select max(id) from run");
    }

    long number(String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

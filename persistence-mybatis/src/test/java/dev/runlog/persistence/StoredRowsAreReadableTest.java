package dev.runlog.persistence;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunStart;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.service.PreferencesService;
import dev.runlog.domain.service.RunService;
import dev.runlog.domain.service.UserService;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the plain-Java API (the services on the MyBatis adapter, no Spring), rows that the
 * tutorial's app, or another, writes with its own SQL are read as they are, though Runlog would
 * refuse them as new input: stored data is never validated on the way out.
 */
class StoredRowsAreReadableTest {

    @Test
    void rowsTheTutorialsAppWrote_areListedShownAndCounted_asStored() throws SQLException {
        Repositories repositories = MyBatisTestSupport.emptyRepositories();
        UserService users = new UserService(repositories.users());
        RunService runs = new RunService(
                repositories.runs(), repositories.users(), repositories.preferences(), Clock.systemUTC());
        long bob;
        try (Connection jdbc = MyBatisTestSupport.sessions()
                        .getConfiguration()
                        .getEnvironment()
                        .getDataSource()
                        .getConnection();
                Statement tutorial = jdbc.createStatement()) {
            tutorial.executeUpdate(
                    "INSERT INTO user (username, email) VALUES ('Bob', 'bob@localhost')",
                    Statement.RETURN_GENERATED_KEYS);
            try (var keys = tutorial.getGeneratedKeys()) {
                keys.next();
                bob = keys.getLong(1);
            }
            tutorial.executeUpdate(
                    "INSERT INTO run (distance, mood, user_id) VALUES (0, '', " + bob + "), (-1, NULL, " + bob + ")");
        }

        Caller bobHimself = Caller.runner(new UserId(bob));

        User listed = users.list(bobHimself, PageRequest.first()).items().get(0);
        assertThat(listed.email().value()).isEqualTo("bob@localhost");
        assertThat(users.get(bobHimself, new UserId(bob)).runs())
                .extracting(run -> run.distance().miles())
                .containsExactly(0.0, -1.0);
        Run nothing = runs.listAll(bobHimself, RunFilter.ALL, PageRequest.first())
                .items()
                .get(0);
        assertThat(nothing.mood().orElseThrow().value()).isEmpty();
        assertThat(runs.get(bobHimself, nothing.id()).user()).isEqualTo(listed);
        RunStats stats = runs.statsOf(bobHimself, new UserId(bob));
        assertThat(stats.runs()).isEqualTo(2);
        assertThat(stats.totalMiles()).isEqualTo(-1.0);
        assertThat(stats.longestMiles()).contains(0.0);
        assertThat(stats.averageMiles()).contains(-0.5);
        assertThat(stats.moods())
                .extracting(count -> count.mood().map(mood -> mood.value()))
                .containsExactly(Optional.of(""), Optional.empty());
    }

    @Test
    void startsUnitsAndPreferencesAnotherAppWrote_readAsFarAsRunlogCanRead() throws SQLException {
        Repositories repositories = MyBatisTestSupport.emptyRepositories();
        RunService runs = new RunService(
                repositories.runs(), repositories.users(), repositories.preferences(), Clock.systemUTC());
        PreferencesService preferences = new PreferencesService(repositories.preferences());
        long carol;
        long unknownZone;
        long noDay;
        // A connection of its own, not the pool's: the session's checks stay off only for this app.
        TestDatabase.Connection db = TestDatabase.connection();
        try (Connection jdbc = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement otherApp = jdbc.createStatement()) {
            // An app that turned MariaDB's checks off for its session, and knows zones Java does not.
            otherApp.executeUpdate("SET SESSION check_constraint_checks = 0");
            carol = inserted(
                    otherApp,
                    "INSERT INTO user (username, email, distance_unit, time_zone, week_starts_on)"
                            + " VALUES ('Carol', 'carol@localhost', 'yd', 'Mars/Olympus_Mons', 'friday')");
            unknownZone = inserted(
                    otherApp,
                    "INSERT INTO run (distance, user_id, distance_unit, date, start_local, start_zone)" + " VALUES (3, "
                            + carol + ", 'yd', '2026-11-24', '2026-11-24 07:30:00', 'Mars/Olympus_Mons')");
            // MariaDB's default sql_mode keeps a datetime on a day that does not exist.
            noDay = inserted(
                    otherApp,
                    "INSERT INTO run (distance, user_id, start_local, start_offset_seconds)" + " VALUES (3, " + carol
                            + ", '2024-00-00 07:30:00', 3600)");
        }

        Caller carolHerself = Caller.runner(new UserId(carol));

        RunDetails floating =
                runs.get(carolHerself, new RunId(unknownZone)).run().details();
        assertThat(floating.unit()).as("miles, as distance is kept").isEqualTo(DistanceUnit.MILES);
        assertThat(floating.start())
                .contains(new RunStart(LocalDateTime.of(2026, 11, 24, 7, 30), Optional.empty(), Optional.empty()));
        assertThat(runs.get(carolHerself, new RunId(noDay)).run().details().start())
                .isEmpty();
        assertThat(preferences.preferencesOf(carolHerself, new UserId(carol))).isEqualTo(RunnerPreferences.DEFAULT);
    }

    /** Runs the insert and gives the id it generated. */
    private static long inserted(Statement statement, String insert) throws SQLException {
        statement.executeUpdate(insert, Statement.RETURN_GENERATED_KEYS);
        try (var keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}

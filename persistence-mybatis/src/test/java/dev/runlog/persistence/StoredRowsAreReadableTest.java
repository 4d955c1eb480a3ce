package dev.runlog.persistence;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.service.RunService;
import dev.runlog.domain.service.UserService;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the plain-Java API (the services on the MyBatis adapter, no Spring), rows that the
 * tutorial's app writes with its own SQL are read as they are, though Runlog would refuse them
 * as new input: stored data is never validated on the way out.
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
}

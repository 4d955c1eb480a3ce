package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.Username;
import dev.runlog.persistence.mapper.RunMapper;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The four ways the benchmark reads a user with its runs, each giving the same
 * {@link UserWithRuns}. Only {@link #adapter} is Runlog's; the others exist to be measured
 * against it.
 */
final class UserWithRunsReaders {

    /** The statement of UserMapper.findWithRunsById, written out for the JDBC floor. */
    private static final String JDBC_SQL = """
            select u.id, u.username, u.email, u.version,
                   r.id, r.distance, r.mood, r.date, r.duration_seconds, r.version
            from user u
            left join run r on r.user_id = u.id
            where u.id = ?
            order by r.id""";

    private final BenchmarkDatabase db;
    private final AlternativeMappings alternatives;
    private final RunMapper runMapper;

    UserWithRunsReaders(BenchmarkDatabase db) {
        this.db = db;
        this.alternatives = db.sessions.getMapper(AlternativeMappings.class);
        this.runMapper = db.sessions.getMapper(RunMapper.class);
    }

    /** Runlog's adapter: one statement, a left join folded by a {@code <collection>} resultMap. */
    UserWithRuns adapter(UserId id) {
        return db.inAutocommitSession(() -> db.users.findWithRunsById(id).orElseThrow());
    }

    /** Two statements: the user, then its runs by a nested select. */
    UserWithRuns nestedSelect(UserId id) {
        return db.inAutocommitSession(
                () -> alternatives.findWithRunsByNestedSelect(id.value()).toUserWithRuns());
    }

    /**
     * N+1 statements: the user with its runs' ids, then every run by itself, as lazy loading
     * does. All on one connection, as an ORM session would: the cost is the round trips alone.
     */
    UserWithRuns nPlusOne(UserId id) {
        return db.inAutocommitSession(() -> {
            UserWithRunIds user = alternatives.findWithRunIds(id.value());
            List<Run> runs = new ArrayList<>(user.runIds().size());
            for (long runId : user.runIds()) {
                runs.add(runMapper.findById(runId).toRun());
            }
            return new UserWithRuns(user.user().toUser(), runs);
        });
    }

    /** The floor: the adapter's statement, run and mapped by hand with plain JDBC. */
    UserWithRuns jdbc(UserId id) {
        try (Connection connection = db.dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(JDBC_SQL)) {
            statement.setLong(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                User user = null;
                List<Run> runs = new ArrayList<>();
                while (rows.next()) {
                    if (user == null) {
                        user = new User(
                                new UserId(rows.getLong(1)),
                                new UserDetails(new Username(rows.getString(2)), new Email(rows.getString(3))),
                                new Version(rows.getLong(4)));
                    }
                    long runId = rows.getLong(5);
                    if (!rows.wasNull()) {
                        runs.add(run(runId, user.id(), rows));
                    }
                }
                return new UserWithRuns(user, runs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run run(long id, UserId userId, ResultSet rows) throws SQLException {
        Date date = rows.getDate(8);
        long seconds = rows.getLong(9);
        Optional<RunDuration> duration =
                rows.wasNull() ? Optional.empty() : Optional.of(RunDuration.ofSeconds(seconds));
        RunDetails details = new RunDetails(
                new Distance(rows.getDouble(6)),
                Mood.optional(rows.getString(7)),
                Optional.ofNullable(date).map(Date::toLocalDate),
                duration);
        return new Run(new RunId(id), userId, details, new Version(rows.getLong(10)));
    }
}

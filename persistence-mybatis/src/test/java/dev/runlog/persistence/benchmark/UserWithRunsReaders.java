package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunStart;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.Username;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.UserMapper;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ways the benchmark reads a user with its runs, each giving the same {@link UserWithRuns}
 * (but {@link #jdbcTenColumns}, kept to show what it left out). Only {@link #adapter} is
 * Runlog's; the others exist to be measured against it.
 */
final class UserWithRunsReaders {

    /** The statement of UserMapper.findWithRunsById, written out for the JDBC floor: the same 15 columns. */
    private static final String JDBC_SQL = """
            select u.id, u.username, u.email, u.version,
                   r.id as run_id, r.distance as run_distance, r.mood as run_mood, r.date as run_date,
                   r.duration_seconds as run_duration_seconds, r.version as run_version, r.user_id as run_user_id,
                   r.distance_unit as run_distance_unit, r.start_local as run_start_local,
                   r.start_offset_seconds as run_start_offset_seconds, r.start_zone as run_start_zone
            from user u
            left join run r on r.user_id = u.id
            where u.id = ?
            order by r.id""";

    /**
     * The floor's statement until 2026-12-03: 10 of the adapter's 15 columns (no run user id,
     * unit or start), written before runs had units and starts, and never caught because the
     * benchmark's runs had none.
     */
    private static final String JDBC_TEN_COLUMNS_SQL = """
            select u.id, u.username, u.email, u.version,
                   r.id, r.distance, r.mood, r.date, r.duration_seconds, r.version
            from user u
            left join run r on r.user_id = u.id
            where u.id = ?
            order by r.id""";

    private final BenchmarkDatabase db;
    private final AlternativeMappings alternatives;
    private final RunMapper runMapper;
    private final UserMapper labelIndexedUsers;
    private final AlternativeMappings labelIndexedAlternatives;
    private final UserMapper defaultFactoryUsers;

    UserWithRunsReaders(BenchmarkDatabase db) {
        this.db = db;
        this.alternatives = db.sessions.getMapper(AlternativeMappings.class);
        this.runMapper = db.sessions.getMapper(RunMapper.class);
        this.labelIndexedUsers = db.labelIndexedSessions.getMapper(UserMapper.class);
        this.labelIndexedAlternatives = db.labelIndexedSessions.getMapper(AlternativeMappings.class);
        this.defaultFactoryUsers = db.defaultFactorySessions.getMapper(UserMapper.class);
    }

    /** Runlog's adapter: one statement, a left join folded by a {@code <collection>} resultMap. */
    UserWithRuns adapter(UserId id) {
        return db.inAutocommitSession(() -> db.users.findWithRunsById(id).orElseThrow());
    }

    /** (a) The adapter's statement and resultMap, declared {@code resultOrdered}. */
    UserWithRuns ordered(UserId id) {
        return db.inAutocommitSession(
                () -> alternatives.findWithRunsOrdered(id.value()).toUserWithRuns());
    }

    /** (b) The adapter as it was: its runs mapped by property, not by constructor. */
    UserWithRuns byProperties(UserId id) {
        return db.inAutocommitSession(
                () -> alternatives.findWithRunsByProperties(id.value()).toUserWithRuns());
    }

    /** (b) The adapter with its user made by {@code <constructor>} too. */
    UserWithRuns byConstructor(UserId id) {
        return db.inAutocommitSession(
                () -> alternatives.findWithRunsByConstructor(id.value()).toUserWithRuns());
    }

    /** (c) The adapter's statement, every result's javaType and jdbcType declared. */
    UserWithRuns typed(UserId id) {
        return db.inAutocommitSession(
                () -> alternatives.findWithRunsTyped(id.value()).toUserWithRuns());
    }

    /** (d) The adapter's statement and resultMap, columns found by a label-to-index map per result set. */
    UserWithRuns labelIndexed(UserId id) {
        return BenchmarkDatabase.inAutocommitSession(
                db.labelIndexedSessions,
                () -> labelIndexedUsers.findWithRunsById(id.value()).toUserWithRuns());
    }

    /** The adapter's statement and resultMap, each row made by MyBatis's own object factory. */
    UserWithRuns defaultObjectFactory(UserId id) {
        return BenchmarkDatabase.inAutocommitSession(
                db.defaultFactorySessions,
                () -> defaultFactoryUsers.findWithRunsById(id.value()).toUserWithRuns());
    }

    /** (e) All of (a) to (d) together. */
    UserWithRuns combined(UserId id) {
        return BenchmarkDatabase.inAutocommitSession(
                db.labelIndexedSessions,
                () -> labelIndexedAlternatives.findWithRunsCombined(id.value()).toUserWithRuns());
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

    /** The floor: the adapter's statement, run and mapped by hand with plain JDBC, column by index. */
    UserWithRuns jdbc(UserId id) {
        try (Connection connection = db.dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(JDBC_SQL)) {
            statement.setLong(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                User user = null;
                List<Run> runs = new ArrayList<>();
                while (rows.next()) {
                    if (user == null) {
                        user = user(rows);
                    }
                    long runId = rows.getLong(5);
                    if (!rows.wasNull()) {
                        runs.add(run(runId, rows));
                    }
                }
                return new UserWithRuns(user, runs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The floor as it was until 2026-12-03, reading 10 of the 15 columns (see {@link #JDBC_TEN_COLUMNS_SQL}). */
    UserWithRuns jdbcTenColumns(UserId id) {
        try (Connection connection = db.dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(JDBC_TEN_COLUMNS_SQL)) {
            statement.setLong(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                User user = null;
                List<Run> runs = new ArrayList<>();
                while (rows.next()) {
                    if (user == null) {
                        user = user(rows);
                    }
                    long runId = rows.getLong(5);
                    if (!rows.wasNull()) {
                        Date date = rows.getDate(8);
                        long seconds = rows.getLong(9);
                        Optional<RunDuration> duration =
                                rows.wasNull() ? Optional.empty() : Optional.of(RunDuration.ofSeconds(seconds));
                        RunDetails details = new RunDetails(
                                new Distance(rows.getDouble(6)),
                                Mood.optional(rows.getString(7)),
                                Optional.ofNullable(date).map(Date::toLocalDate),
                                duration);
                        runs.add(new Run(new RunId(runId), user.id(), details, new Version(rows.getLong(10))));
                    }
                }
                return new UserWithRuns(user, runs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static User user(ResultSet rows) throws SQLException {
        return new User(
                new UserId(rows.getLong(1)),
                new UserDetails(new Username(rows.getString(2)), new Email(rows.getString(3))),
                new Version(rows.getLong(4)));
    }

    private static Run run(long id, ResultSet rows) throws SQLException {
        LocalDate date = rows.getObject(8, LocalDate.class);
        long seconds = rows.getLong(9);
        Optional<RunDuration> duration =
                rows.wasNull() ? Optional.empty() : Optional.of(RunDuration.ofSeconds(seconds));
        long version = rows.getLong(10);
        UserId userId = new UserId(rows.getLong(11));
        DistanceUnit unit = "km".equals(rows.getString(12)) ? DistanceUnit.KILOMETRES : DistanceUnit.MILES;
        LocalDateTime startLocal = rows.getObject(13, LocalDateTime.class);
        int offsetSeconds = rows.getInt(14);
        Optional<ZoneOffset> offset =
                rows.wasNull() ? Optional.empty() : Optional.of(ZoneOffset.ofTotalSeconds(offsetSeconds));
        String zone = rows.getString(15);
        Optional<RunStart> start = startLocal == null
                ? Optional.empty()
                : Optional.of(new RunStart(
                        startLocal, offset, Optional.ofNullable(zone).map(ZoneId::of)));
        RunDetails details = new RunDetails(
                new Distance(rows.getDouble(6)),
                Mood.stored(rows.getString(7)),
                Optional.ofNullable(date),
                duration,
                unit,
                start);
        return new Run(new RunId(id), userId, details, new Version(version));
    }
}

package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunStart;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.RunRow;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways the benchmark stores many runs of one user, each in one transaction and each giving
 * back every new id. Only {@link #adapter} is Runlog's.
 */
final class RunInserters {

    private final BenchmarkDatabase db;

    RunInserters(BenchmarkDatabase db) {
        this.db = db;
    }

    /** Runlog's adapter: multi-row inserts of a thousand rows, ids from RETURNING. */
    List<Long> adapter(UserId user, List<RunDetails> runs) {
        return db.inOneTransaction(() ->
                db.runs.addAll(user, runs).stream().map(run -> run.id().value()).toList());
    }

    /** One insert statement per run, each committed by itself: what logging them one POST at a time does. */
    List<Long> oneByOneCommitted(UserId user, List<RunDetails> runs) {
        return runs.stream()
                .map(run ->
                        db.inAutocommitSession(() -> db.runs.add(user, run).id().value()))
                .toList();
    }

    /** One insert statement per run, through the adapter's add, all in one transaction. */
    List<Long> oneByOne(UserId user, List<RunDetails> runs) {
        return db.inOneTransaction(() ->
                runs.stream().map(run -> db.runs.add(user, run).id().value()).toList());
    }

    /** MyBatis's BATCH executor: the adapter's single-row insert, sent as one JDBC batch. */
    List<Long> myBatisBatch(UserId user, List<RunDetails> runs) {
        try (SqlSession session = db.sessionFactory.openSession(ExecutorType.BATCH)) {
            RunMapper mapper = session.getMapper(RunMapper.class);
            List<RunRow> rows =
                    runs.stream().map(run -> RunRow.toInsert(user, run)).toList();
            rows.forEach(mapper::insert);
            session.flushStatements();
            session.commit();
            return rows.stream().map(row -> row.toRun().id().value()).toList();
        }
    }

    /** The floor: a hand-written JDBC batch, which Connector/J sends with MariaDB's bulk protocol. */
    List<Long> jdbcBatch(UserId user, List<RunDetails> runs) {
        // The same columns as the adapter writes, so the floor does no less work than it.
        String sql = "insert into run (distance, mood, date, duration_seconds, user_id, distance_unit, start_local,"
                + " start_offset_seconds, start_zone) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = db.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (RunDetails run : runs) {
                    bind(insert, user, run);
                    insert.addBatch();
                }
                insert.executeBatch();
                List<Long> ids = new ArrayList<>(runs.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                connection.commit();
                return ids;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement insert, UserId user, RunDetails run) throws SQLException {
        insert.setDouble(1, run.distance().miles());
        insert.setString(2, run.mood().map(Mood::value).orElse(null));
        insert.setObject(3, run.date().orElse(null), Types.DATE); // null sets SQL NULL
        insert.setObject(
                4, run.duration().map(known -> known.value().getSeconds()).orElse(null), Types.INTEGER);
        insert.setLong(5, user.value());
        insert.setString(6, run.unit().symbol());
        insert.setObject(7, run.start().map(RunStart::local).orElse(null), Types.TIMESTAMP);
        insert.setObject(
                8,
                run.start()
                        .flatMap(RunStart::offset)
                        .map(ZoneOffset::getTotalSeconds)
                        .orElse(null),
                Types.INTEGER);
        insert.setString(
                9, run.start().flatMap(RunStart::zone).map(ZoneId::getId).orElse(null));
    }
}

package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.testing.RunTestData;
import dev.runlog.persistence.MyBatisRunRepository;
import dev.runlog.persistence.MyBatisUserRepository;
import dev.runlog.persistence.TestDatabase;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.UserMapper;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;

/**
 * What every persistence benchmark runs on: the tests' real MariaDB (embedded, or the one
 * {@code RUNLOG_TEST_DB_URL} names), migrated, with Runlog's own mybatis-config.xml set up the
 * plain-Java way, and one pool that the MyBatis and the hand-written JDBC variants share.
 */
final class BenchmarkDatabase {

    final DataSource dataSource;
    final SqlSessionFactory sessionFactory;
    /** Hands the mappers the session started for the current thread; see {@link #inAutocommitSession}. */
    final SqlSessionManager sessions;
    /** The same configuration, plus {@link LabelIndexedResultSets}: for the variants that measure it. */
    final SqlSessionManager labelIndexedSessions;

    /** The same configuration with MyBatis's own object factory in place of the adapter's RowObjectFactory. */
    final SqlSessionManager defaultFactorySessions;

    final MyBatisUserRepository users;
    final MyBatisRunRepository runs;

    private BenchmarkDatabase(TestDatabase.Connection db) {
        Flyway.configure()
                .dataSource(db.url(), db.username(), db.password())
                .load()
                .migrate();
        this.dataSource = new PooledDataSource("org.mariadb.jdbc.Driver", db.url(), db.username(), db.password());
        this.sessionFactory = sqlSessionFactory(dataSource);
        this.sessions = SqlSessionManager.newInstance(sessionFactory);
        SqlSessionFactory labelIndexed = sqlSessionFactory(dataSource);
        labelIndexed.getConfiguration().addInterceptor(new LabelIndexedResultSets());
        this.labelIndexedSessions = SqlSessionManager.newInstance(labelIndexed);
        SqlSessionFactory defaultFactory = sqlSessionFactory(dataSource);
        defaultFactory.getConfiguration().setObjectFactory(new DefaultObjectFactory());
        this.defaultFactorySessions = SqlSessionManager.newInstance(defaultFactory);
        this.users = new MyBatisUserRepository(sessions.getMapper(UserMapper.class));
        this.runs = new MyBatisRunRepository(sessions.getMapper(RunMapper.class));
    }

    static BenchmarkDatabase start() {
        return new BenchmarkDatabase(TestDatabase.connection());
    }

    /** Stops the embedded server at the end of a fork, so that none outlives the benchmark. */
    static void stop() {
        TestDatabase.stopEmbedded();
    }

    private static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        try (InputStream config = Resources.getResourceAsStream("dev/runlog/persistence/mybatis-config.xml")) {
            SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(config);
            factory.getConfiguration()
                    .setEnvironment(new Environment("benchmark", new JdbcTransactionFactory(), dataSource));
            factory.getConfiguration().addMapper(AlternativeMappings.class); // the teaching variants
            return factory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the work in a session on an autocommit connection, as Runlog's reads run under
     * Spring: each statement alone, with no transaction around it. (A session of
     * SqlSessionManager's own making turns autocommit off, and so sends three statements more
     * per call: autocommit off, commit, autocommit on. That is what a benchmark must not measure.)
     */
    <T> T inAutocommitSession(Supplier<T> work) {
        return inAutocommitSession(sessions, work);
    }

    /** As {@link #inAutocommitSession(Supplier)}, in a session of these. */
    static <T> T inAutocommitSession(SqlSessionManager sessions, Supplier<T> work) {
        sessions.startManagedSession(true);
        try {
            return work.get();
        } finally {
            sessions.close();
        }
    }

    /** Runs the work in one transaction, committed at the end. */
    <T> T inOneTransaction(Supplier<T> work) {
        sessions.startManagedSession(false);
        try {
            T result = work.get();
            sessions.commit();
            return result;
        } finally {
            sessions.close();
        }
    }

    /**
     * A new user with this many runs, stored by the adapter. Every other run is in kilometres and
     * every fourth has a start with an offset and a zone, so that every column the adapter reads
     * holds a value in some rows: a reader that skips one gives a different result.
     */
    UserId userWithRuns(int count) {
        UserId user = users.add(aUser().details()).id();
        List<RunDetails> details = IntStream.rangeClosed(1, count)
                .mapToObj(i -> {
                    String day = "2026-11-" + (10 + i % 20);
                    RunTestData run = aRun().withDistance(1 + i % 20)
                            .withMood(i % 3 == 0 ? "Tired" : "Happy")
                            .on(day)
                            .taking("PT" + (20 + i % 40) + "M")
                            .in(i % 2 == 0 ? "km" : "mi");
                    return (i % 4 == 0 ? run.startingAt(day + "T07:30:00+01:00").inZone("Europe/Paris") : run)
                            .details();
                })
                .toList();
        inOneTransaction(() -> runs.addAll(user, details));
        return user;
    }

    /**
     * Stores this many users and runs (spread evenly over the users) in two statements, with
     * MariaDB's SEQUENCE engine ({@code seq_1_to_N}) making the rows: a million runs in seconds.
     */
    void fill(int userCount, int runCount) {
        execute("insert into user (username, email) "
                + "select concat('Runner ', seq), concat('runner', seq, '.', uuid_short(), '@example.com') "
                + "from seq_1_to_" + userCount);
        execute("insert into run (distance, mood, date, duration_seconds, user_id) "
                + "select 1 + seq % 20, if(seq % 3 = 0, 'Tired', 'Happy'), date '2026-01-01' + interval seq % 365 day, "
                + "1200 + seq % 2400, u.first + seq % " + userCount + " "
                + "from seq_1_to_" + runCount + " join (select max(id) - " + (userCount - 1)
                + " as first from user) u");
    }

    /** The number a query such as {@code select count(*) from run} answers. */
    long queryNumber(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

package dev.runlog.persistence;

import dev.runlog.domain.testing.Repositories;
import dev.runlog.persistence.mapper.AccessTokenMapper;
import dev.runlog.persistence.mapper.CredentialMapper;
import dev.runlog.persistence.mapper.PreferencesMapper;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.SignInFailureMapper;
import dev.runlog.persistence.mapper.UserMapper;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MyBatis on the test database, set up the plain-Java way (no Spring): the schema migrated by
 * Flyway, Runlog's own mybatis-config.xml, and a {@link StatementCounter} plugged in.
 */
final class MyBatisTestSupport {

    static final StatementCounter STATEMENTS = new StatementCounter();
    private static SqlSessionManager sessions;

    private MyBatisTestSupport() {}

    /**
     * A thread-safe source of mappers: outside a managed session, every mapper call runs in a
     * session of its own and commits, like a Spring-managed mapper outside a transaction.
     */
    static synchronized SqlSessionManager sessions() {
        if (sessions == null) {
            TestDatabase.Connection db = TestDatabase.connection();
            Flyway.configure()
                    .dataSource(db.url(), db.username(), db.password())
                    .load()
                    .migrate();
            sessions = SqlSessionManager.newInstance(sqlSessionFactory(db));
        }
        return sessions;
    }

    private static SqlSessionFactory sqlSessionFactory(TestDatabase.Connection db) {
        try (InputStream config = Resources.getResourceAsStream("dev/runlog/persistence/mybatis-config.xml")) {
            SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(config);
            PooledDataSource dataSource =
                    new PooledDataSource("org.mariadb.jdbc.Driver", db.url(), db.username(), db.password());
            factory.getConfiguration()
                    .setEnvironment(new Environment("test", new JdbcTransactionFactory(), dataSource));
            factory.getConfiguration().addInterceptor(STATEMENTS);
            return factory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The MyBatis repositories over the test database, emptied. */
    static Repositories emptyRepositories() {
        deleteAllRows();
        SqlSessionManager sessions = sessions();
        return new Repositories(
                new MyBatisUserRepository(sessions.getMapper(UserMapper.class)),
                new MyBatisRunRepository(sessions.getMapper(RunMapper.class)),
                new MyBatisCredentialRepository(sessions.getMapper(CredentialMapper.class)),
                new MyBatisAccessTokenRepository(sessions.getMapper(AccessTokenMapper.class)),
                new MyBatisSignInFailureRepository(sessions.getMapper(SignInFailureMapper.class)),
                new MyBatisPreferencesRepository(sessions.getMapper(PreferencesMapper.class)));
    }

    /**
     * Empties every table, so each test starts from nothing: a user's runs, tokens and external
     * identities go with them (the foreign keys cascade); failed sign-ins belong to no user.
     */
    static void deleteAllRows() {
        try (var connection = sessions()
                        .getConfiguration()
                        .getEnvironment()
                        .getDataSource()
                        .getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from sign_in_failure");
            statement.executeUpdate("delete from run");
            statement.executeUpdate("delete from user");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

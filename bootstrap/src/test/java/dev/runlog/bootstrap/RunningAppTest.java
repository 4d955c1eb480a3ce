package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that talk to the whole app over HTTP. They share one running app per test
 * JVM (Spring caches the context), on the shared real MariaDB of {@link TestDatabase}, which the
 * app sees as an external database: the same tests run against any server named by
 * {@code RUNLOG_TEST_DB_URL}. Every test starts with empty tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RunningAppTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    protected Api api;

    @DynamicPropertySource
    static void useTheTestDatabase(DynamicPropertyRegistry registry) {
        TestDatabaseProperties.register(registry);
    }

    @BeforeEach
    void startWithEmptyTablesAndAClient() {
        jdbc.sql("delete from run").update();
        jdbc.sql("delete from user").update();
        api = new Api(port);
    }

    /** How many users are stored, read straight from the database. */
    protected long storedUsers() {
        return jdbc.sql("select count(*) from user").query(Long.class).single();
    }

    /** How many runs are stored, read straight from the database. */
    protected long storedRuns() {
        return jdbc.sql("select count(*) from run").query(Long.class).single();
    }
}

package dev.runlog.bootstrap;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.port.in.AuthenticateUseCase;
import dev.runlog.domain.port.in.EnsureAdminCommand;
import dev.runlog.domain.port.in.EnsureAdminUseCase;
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

    @Autowired
    private EnsureAdminUseCase ensureAdmin;

    @Autowired
    private AuthenticateUseCase authenticate;

    /** The admin's token, kept from test to test while it works: signing in hashes a password, on purpose slowly. */
    private static String adminToken;

    @BeforeEach
    void startWithEmptyTablesAndAClient() {
        jdbc.sql("delete from run").update();
        jdbc.sql("delete from user where email_caseless <> ?")
                .param(TestAdmin.EMAIL)
                .update();
        jdbc.sql("delete from sign_in_failure").update();
        api = new Api(port).withToken(adminsToken());
    }

    /** A token of the tests' admin; signs in again if a test revoked it or changed the admin. */
    private String adminsToken() {
        if (adminToken == null
                || authenticate.callerFor(adminToken).filter(Caller::isAdmin).isEmpty()) {
            jdbc.sql("delete from user where email_caseless = ?")
                    .param(TestAdmin.EMAIL)
                    .update();
            ensureAdmin.ensureAdmin(new EnsureAdminCommand(TestAdmin.EMAIL, TestAdmin.PASSWORD));
            adminToken = new Api(port)
                    .signedInAs(TestAdmin.EMAIL, TestAdmin.PASSWORD)
                    .token();
        }
        return adminToken;
    }

    /** How many users are stored besides the tests' admin, read straight from the database. */
    protected long storedUsers() {
        return jdbc.sql("select count(*) from user where email_caseless <> ?")
                .param(TestAdmin.EMAIL)
                .query(Long.class)
                .single();
    }

    /** The id of the tests' admin, who is a user too, and on every admin's list of users. */
    protected long adminId() {
        return jdbc.sql("select id from user where email_caseless = ?")
                .param(TestAdmin.EMAIL)
                .query(Long.class)
                .single();
    }

    /** How many runs are stored, read straight from the database. */
    protected long storedRuns() {
        return jdbc.sql("select count(*) from run").query(Long.class).single();
    }
}

package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What reaches MariaDB for each request, read from the server's general log: one statement
 * wherever one will do. A transaction costs three more (autocommit off, commit, autocommit on),
 * so only the use cases that run more than one statement have one. Needs the right to switch
 * the general log on (the embedded test database gives it); skipped where that is refused.
 */
class StatementsPerRequestTest extends RunningAppTest {

    private Connection observer;

    @BeforeEach
    void switchOnTheGeneralLog() throws SQLException {
        TestDatabase.Connection db = TestDatabase.connection();
        observer = DriverManager.getConnection(db.url(), db.username(), db.password());
        try {
            execute("set global log_output = 'TABLE'");
            execute("set global general_log = 1");
        } catch (SQLException refused) {
            assumeTrue(false, "this database user may not switch on the general log: " + refused.getMessage());
        }
    }

    @AfterEach
    void switchItOff() throws SQLException {
        execute("set global general_log = 0");
        observer.close();
    }

    @Test
    void readingAUserWithRuns_isOneStatement() {
        long alice = api.registerUser("Alice", "alice@example.com");
        api.logRun(alice, 5.2, "Happy");

        assertThat(afterTheTokenCheck(statementsDuring(() -> api.get("/api/users/" + alice))))
                .singleElement()
                .asString()
                .startsWith("select");
    }

    @Test
    void readingAPageOfRuns_isOneStatement() {
        long alice = api.registerUser("Alice", "alice@example.com");
        api.logRun(alice, 5.2, "Happy");

        assertThat(afterTheTokenCheck(statementsDuring(() -> api.get("/api/runs?limit=5"))))
                .singleElement()
                .asString()
                .startsWith("select");
    }

    @Test
    void loggingADatedRun_isOneInsert() {
        long alice = api.registerUser("Alice", "alice@example.com");

        List<String> logging = statementsDuring(
                () -> api.post("/api/users/" + alice + "/runs", "{\"distance\": 5.2, \"date\": \"2026-11-24\"}"));

        assertThat(afterTheTokenCheck(logging)).singleElement().asString().startsWith("insert into run");
    }

    /** "Today" is where the runner is: a run without a date reads their time zone, then is inserted. */
    @Test
    void loggingAnUndatedRun_readsTheRunnersZone_thenInsertsIt() {
        long alice = api.registerUser("Alice", "alice@example.com");

        List<String> logging = statementsDuring(() -> api.logRun(alice, 5.2, "Happy"));

        assertThat(afterTheTokenCheck(logging))
                .satisfiesExactly(
                        preferences ->
                                assertThat(preferences).startsWith("select").contains("u.time_zone"),
                        insert -> assertThat(insert).startsWith("insert into run"));
    }

    @Test
    void signingUp_storesTheUserAndTheirPasswordHash_inOneTransaction() {
        List<String> signingUp = statementsDuring(() -> api.signUp("Alice", "alice@example.com", "alice runs far"));

        assertThat(firstWords(signingUp))
                .containsExactly("set autocommit", "insert into", "update user", "commit", "set autocommit");
    }

    @Test
    void importing2500Runs_isThreeInserts_inOneTransaction() {
        long alice = api.registerUser("Alice", "alice@example.com");
        String runs = IntStream.range(0, 2_500)
                .mapToObj(i -> "{\"distance\": 5.2, \"date\": \"2026-11-24\"}") // dated: no zone to read
                .collect(Collectors.joining(",", "[", "]"));

        List<String> statements = statementsDuring(() -> api.post("/api/users/" + alice + "/runs/batch", runs));

        assertThat(firstWords(afterTheTokenCheck(statements)))
                .containsExactly(
                        "set autocommit", "insert into", "insert into", "insert into", "commit", "set autocommit");
    }

    /** Every signed-in request begins with one select: checking its token. The rest is the request's own. */
    private static List<String> afterTheTokenCheck(List<String> statements) {
        assertThat(statements).as("the statements of a signed-in request").isNotEmpty();
        assertThat(statements.get(0)).as("the token check").startsWith("select t.digest");
        return statements.subList(1, statements.size());
    }

    private static List<String> firstWords(List<String> statements) {
        return statements.stream()
                .map(statement ->
                        statement.replaceAll("(?s)^(\\w+ ?\\w*).*", "$1").toLowerCase())
                .toList();
    }

    /**
     * The statements the app sent while the request ran, in order. Left out: the observer's own,
     * and those of a connection the pool happened to open meanwhile (its set-up is no request's).
     */
    private List<String> statementsDuring(Runnable request) {
        try {
            execute("truncate table mysql.general_log");
            request.run();
            List<String> statements = new ArrayList<>();
            try (Statement query = observer.createStatement();
                    ResultSet rows = query.executeQuery("select argument from mysql.general_log "
                            + "where command_type in ('Query', 'Execute') and thread_id <> connection_id() "
                            + "and thread_id not in "
                            + "(select thread_id from mysql.general_log where command_type = 'Connect') "
                            + "order by event_time")) {
                while (rows.next()) {
                    statements.add(rows.getString(1).strip());
                }
            }
            return statements;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = observer.createStatement()) {
            statement.execute(sql);
        }
    }
}

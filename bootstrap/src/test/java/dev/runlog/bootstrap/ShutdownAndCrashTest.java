package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as a real process, stopped as an orchestrator stops it (SIGTERM) and killed as a crash
 * would (SIGKILL, database server included), on its embedded database.
 */
class ShutdownAndCrashTest {

    private static Path freshDataDir() {
        return Path.of("target", "shutdown-test", UUID.randomUUID().toString()).toAbsolutePath();
    }

    private static String[] on(Path dataDir) {
        return new String[] {"--spring.datasource.url=", "--runlog.embedded-database.data-dir=" + dataDir};
    }

    @Test
    void onSigterm_aRequestInFlightCompletes_newOnesAreRefused_andTheDatabaseStopsLast() throws Exception {
        Path dataDir = freshDataDir();
        try (AppProcess app = AppProcess.start(Map.of(), on(dataDir))) {
            Api api = app.api();
            long alice = api.registerUser("Alice", "alice@example.com");
            CompletableFuture<Api.Response> inFlight;
            try (Connection lock = DriverManager.getConnection(
                    app.databaseUrl(), EmbeddedMariaDb.USERNAME, PasswordFile.read(dataDir))) {
                // Holding Alice's row keeps the app's UPDATE of it, and so its request, in flight.
                lock.setAutoCommit(false);
                lock.createStatement().execute("select id from user where id = " + alice + " for update");
                inFlight = CompletableFuture.supplyAsync(() -> api.put(
                        "/api/users/" + alice, "{\"username\": \"Alice\", \"email\": \"alice@new.example.com\"}"));
                awaitStatementWaiting(lock, "update user");

                app.terminate();
                app.awaitOutput("Commencing graceful shutdown", Duration.ofSeconds(10));
                assertThat(refusedOrUnavailable(new Api(portOf(api)).withToken(api.token())))
                        .as("a new request after SIGTERM")
                        .isTrue();

                lock.commit();
            }
            assertThat(inFlight.get(30, TimeUnit.SECONDS).status())
                    .as("the request in flight")
                    .isEqualTo(200);
            app.awaitExit(Duration.ofSeconds(60));
            String output = app.output();
            assertThat(output).contains("Graceful shutdown complete", "Embedded MariaDB stopped");
            assertThat(output.indexOf("Graceful shutdown complete"))
                    .isLessThan(output.indexOf("Embedded MariaDB stopped"));
            assertThat(app.hasLivingChildren())
                    .as("the database server is gone too")
                    .isFalse();
        }
    }

    @Test
    void afterAHardKillMidLoad_everyRunAnswered201_isStillThere() throws Exception {
        String[] data = on(freshDataDir());
        Set<String> answered201 = ConcurrentHashMap.newKeySet();
        try (AppProcess app = AppProcess.start(Map.of(), data)) {
            Api admin = app.api(); // signed in once: each sign-in hashes a password, on purpose slowly
            long alice = admin.registerUser("Alice", "alice@example.com");
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int client = 0; client < 8; client++) {
                clients.submit(() -> {
                    Api api = admin;
                    while (!killed.get()) {
                        try {
                            Api.Response response = api.post("/api/users/" + alice + "/runs", "{\"distance\": 5.2}");
                            if (response.status() == 201) {
                                answered201.add(response.header("Location"));
                            }
                        } catch (UncheckedIOException connectionLost) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(3_000);
            app.killHard();
            killed.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answered201).as("runs logged before the kill").hasSizeGreaterThan(50);

        try (AppProcess restarted = AppProcess.start(Map.of(), data)) {
            Api api = restarted.api();
            List<String> missing = answered201.stream()
                    .filter(run -> api.get(run).status() != 200)
                    .toList();
            assertThat(missing).as("runs answered 201 but lost").isEmpty();
            System.out.printf(
                    "Hard kill: %d runs answered 201 before SIGKILL, all %d found after restart%n",
                    answered201.size(), answered201.size());
        }
    }

    private static boolean refusedOrUnavailable(Api api) {
        try {
            return api.get("/api/users").status() == 503;
        } catch (UncheckedIOException refused) {
            return true;
        }
    }

    private static int portOf(Api api) {
        return api.port();
    }

    private static void awaitStatementWaiting(Connection connection, String statementStart)
            throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(giveUp)) {
            try (Statement statement = connection.createStatement();
                    ResultSet waiting = statement.executeQuery(
                            "select count(*) from information_schema.processlist where info like '" + statementStart
                                    + "%'")) {
                waiting.next();
                if (waiting.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the app's statement never reached the database");
    }
}

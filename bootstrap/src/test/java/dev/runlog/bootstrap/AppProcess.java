package dev.runlog.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runlog started as an operating-system process of its own, as an operator runs it, for tests of
 * what only a real process shows: signals, crashes, start-up settings. Its output goes to a file.
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern DATABASE_URL = Pattern.compile("Embedded MariaDB is up at (jdbc:mariadb://\\S+)");

    private final Process process;
    private final Path output;
    private final int port;

    private AppProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts the app with these arguments and environment, and waits until it serves. */
    static AppProcess start(Map<String, String> environment, String... arguments) {
        try {
            int port = freePort();
            Path output = Files.createTempFile("runlog-app", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    RunlogApplication.class.getName(),
                    "--server.port=" + port));
            command.addAll(List.of(arguments));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            AppProcess app = new AppProcess(builder.start(), output, port);
            app.awaitOutput("Started RunlogApplication", Duration.ofSeconds(90));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    Api api() {
        return Api.signedInAsAdmin(port);
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the embedded database, as the app logged it. */
    String databaseUrl() {
        Matcher url = DATABASE_URL.matcher(output());
        if (!url.find()) {
            throw new IllegalStateException("the app logged no embedded database");
        }
        return url.group(1);
    }

    void awaitOutput(String text, Duration timeout) {
        Instant giveUp = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("no \"" + text + "\" in the app's output:\n" + output());
            }
            sleep(100);
        }
    }

    /** SIGTERM, as an orchestrator stops a service. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL to the app and every process it started (the database server): as if the machine died. */
    void killHard() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Waits for the process to end; returns its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the app did not exit in " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean hasLivingChildren() {
        return process.descendants().anyMatch(ProcessHandle::isAlive);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            killHard();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

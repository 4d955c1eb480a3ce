package dev.runlog.bootstrap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server the benchmark started as a process of its own (the packaged Runlog, or the JDBC
 * floor), with what the benchmark reads off it: how long it took to answer, and how much memory
 * it and its children (the embedded MariaDB) hold.
 */
final class LaunchedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final long launchedAt;
    private final Path output;

    private LaunchedProcess(String name, Process process, int port, long launchedAt, Path output) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.launchedAt = launchedAt;
        this.output = output;
    }

    /**
     * Runs the command, with these variables added to its environment, which must make a server
     * listen on {@code port}; its output goes to a file.
     */
    static LaunchedProcess launch(String name, List<String> command, Map<String, String> environment, int port) {
        try {
            Path output = Files.createTempFile("runlog-benchmark-" + name, ".log");
            long launchedAt = System.nanoTime();
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new LaunchedProcess(name, process, port, launchedAt, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** For attaching to the server's JVM, as {@link ServerProfile#start} does. */
    long pid() {
        return process.pid();
    }

    /**
     * Waits until a GET of {@code path} answers 200, polling every 10 ms.
     *
     * @return the time from launch to that first answer
     */
    Duration awaitFirstAnswer(String path, Duration timeout) {
        byte[] request = KeepAliveConnection.request("GET", path, null, null);
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + output);
            }
            try (KeepAliveConnection connection = new KeepAliveConnection(port)) {
                if (connection.send(request) == 200) {
                    return Duration.ofNanos(System.nanoTime() - launchedAt);
                }
            } catch (IOException notYetListening) {
                // try again
            }
            sleep(10);
        }
        throw new IllegalStateException(name + " did not answer in " + timeout + "; see " + output);
    }

    /** Resident memory of the process, and of its children (the embedded MariaDB), in MiB. */
    long[] residentMebibytes() {
        long own = residentKibibytes(process.pid());
        long children = process.descendants()
                .mapToLong(child -> residentKibibytes(child.pid()))
                .sum();
        return new long[] {own / 1024, children / 1024};
    }

    private static long residentKibibytes(long pid) {
        try (Stream<String> status = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return status.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0);
        } catch (IOException | UncheckedIOException gone) {
            return 0;
        }
    }

    /** CPU time the process has used since launch, all its threads, user and system: from /proc. */
    Duration cpuTime() {
        return cpuTimeOf(process.pid());
    }

    /** CPU time its children (the embedded MariaDB) have used since they started. */
    Duration childrenCpuTime() {
        return process.descendants().map(child -> cpuTimeOf(child.pid())).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Fields 14 and 15 of {@code /proc/<pid>/stat}, utime and stime, in clock ticks of 10 ms (USER_HZ,
     * 100 on every Linux the JDK runs on). Counted after the ")" that ends the command's name, which
     * may itself hold spaces.
     */
    private static Duration cpuTimeOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 10);
        } catch (IOException | UncheckedIOException gone) {
            return Duration.ZERO;
        }
    }

    /** SIGTERM, then waits for the graceful shutdown (the app stops its database too). */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

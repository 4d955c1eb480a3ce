package dev.runlog.bootstrap.benchmark;

import dev.runlog.benchmark.floor.JdbcFloorApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The HTTP benchmark: the packaged app ({@code target/runlog.jar}) on its embedded MariaDB,
 * against the JDBC floor on the same database, under a closed-loop load on loopback; then how
 * long the app takes to start and how much memory it holds.
 *
 * <pre>./mvnw -pl bootstrap -am -Phttp-benchmarks -DskipTests verify</pre>
 *
 * Settings, as {@code -Dbenchmark.args="seconds=10 clients=16"}: {@code seconds} per
 * measurement (10), {@code rounds} per server and endpoint (3, the median is reported),
 * {@code clients} (16), {@code only} (measure only the endpoints whose name holds this text,
 * such as {@code only=POST}), {@code start=false} (skip the start-up measurement), {@code java}
 * (the JDK that runs both servers), {@code jar} (Runlog's jar, {@code target/runlog.jar}), and
 * any number of {@code app=--some.property=value} and {@code jvm=-XX:...} to try a setting on
 * Runlog only, or {@code both=--some.property=value} to set it on Runlog and the floor alike.
 */
public final class HttpBenchmarks {

    private static final Path DATA = Path.of("target/benchmark-data");
    private static final Path FIRST_START_DATA = Path.of("target/benchmark-first-start");
    private static final String EMBEDDED_DATABASE_USERNAME = "runlog";
    private static final String RUN_JSON =
            "{\"distance\":5.2,\"mood\":\"Happy\",\"date\":\"2026-11-24\",\"duration\":\"PT30M\"}";

    private final Settings settings;
    private final List<String> report = new ArrayList<>();

    private HttpBenchmarks(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        new HttpBenchmarks(Settings.parse(args)).run();
    }

    private void run() {
        note("# HTTP benchmark, " + settings);
        int databasePort = LaunchedProcess.freePort();
        try (LaunchedProcess runlog = launchRunlog(DATA, databasePort)) {
            note("Runlog answered " + seconds(runlog.awaitFirstAnswer("/api/users?limit=1", Duration.ofMinutes(3)))
                    + " after launch");
            String databaseUrl = "jdbc:mariadb://127.0.0.1:" + databasePort + "/runlog";
            String password = embeddedDatabasePassword(DATA);
            BenchmarkData data = fillData(new BenchmarkData(databaseUrl, EMBEDDED_DATABASE_USERNAME, password));
            try (LaunchedProcess floor = launchFloor(databaseUrl, password)) {
                floor.awaitFirstAnswer("/api/runs?limit=1", Duration.ofMinutes(2));
                measureEndpoints(runlog, floor, data);
            }
        }
        if (settings.start) {
            measureStart();
        }
        writeReport();
    }

    /** The password Runlog made for its embedded database, read from its data folder as an operator would. */
    private static String embeddedDatabasePassword(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("runlog-db-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchmarkData fillData(BenchmarkData data) {
        long started = System.nanoTime();
        if (data.fillIfEmpty()) {
            note("Filled " + BenchmarkData.USERS + " users and " + BenchmarkData.RUNS + " runs in "
                    + seconds(Duration.ofNanos(System.nanoTime() - started)));
        }
        note("Database holds " + data.number("select count(*) from user") + " users and "
                + data.number("select count(*) from run") + " runs");
        return data;
    }

    private void measureEndpoints(LaunchedProcess runlog, LaunchedProcess floor, BenchmarkData data) {
        long firstUser = data.firstUserId();
        long lastRun = data.lastRunId();
        Map<String, Function<SplittableRandom, byte[]>> endpoints = new LinkedHashMap<>();
        endpoints.put(
                "GET /api/users/{id} (10 runs)",
                random -> KeepAliveConnection.request(
                        "GET", "/api/users/" + (firstUser + random.nextInt(BenchmarkData.USERS_WITH_TEN_RUNS)), null));
        endpoints.put(
                "GET /api/runs?after=<last 1,000 of 1M>",
                random -> KeepAliveConnection.request(
                        "GET", "/api/runs?after=" + (lastRun - 21 - random.nextInt(1_000)) + "&limit=20", null));
        endpoints.put(
                "POST /api/users/{id}/runs",
                random -> KeepAliveConnection.request(
                        "POST",
                        "/api/users/"
                                + (firstUser
                                        + BenchmarkData.USERS_WITH_TEN_RUNS
                                        + random.nextInt(BenchmarkData.USERS - BenchmarkData.USERS_WITH_TEN_RUNS))
                                + "/runs",
                        RUN_JSON));

        note("");
        note("| endpoint | server | req/s (median of " + settings.rounds
                + ") | p50 ms | p99 ms | statuses | Runlog / floor |");
        note("|---|---|---|---|---|---|---|");
        long[] peakMemory = {0, 0};
        endpoints.keySet().removeIf(endpoint -> !endpoint.contains(settings.only));
        endpoints.forEach((endpoint, requests) -> {
            LoopbackLoad.run(runlog.port(), settings.clients, settings.warmup(), requests);
            LoopbackLoad.run(floor.port(), settings.clients, settings.warmup(), requests);
            List<LoopbackLoad.Result> ofRunlog = new ArrayList<>();
            List<LoopbackLoad.Result> ofFloor = new ArrayList<>();
            for (int round = 0; round < settings.rounds; round++) { // alternated, so drift hits both alike
                ofRunlog.add(measure(runlog, requests, peakMemory));
                ofFloor.add(LoopbackLoad.run(floor.port(), settings.clients, settings.duration, requests));
            }
            LoopbackLoad.Result runlogMedian = median(ofRunlog);
            LoopbackLoad.Result floorMedian = median(ofFloor);
            noteRow(
                    endpoint,
                    "Runlog",
                    runlogMedian,
                    String.format("**%.2f**", runlogMedian.perSecond() / floorMedian.perSecond()));
            noteRow(endpoint, "JDBC floor", floorMedian, "");
        });
        note("");
        note("Runlog's resident memory under load, at most: app " + peakMemory[0] + " MiB, embedded MariaDB "
                + peakMemory[1] + " MiB");
    }

    /** A load on Runlog, sampling its memory once a second meanwhile. */
    private LoopbackLoad.Result measure(
            LaunchedProcess runlog, Function<SplittableRandom, byte[]> requests, long[] peak) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long[] now = runlog.residentMebibytes();
                peak[0] = Math.max(peak[0], now[0]);
                peak[1] = Math.max(peak[1], now[1]);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        LoopbackLoad.Result result = LoopbackLoad.run(runlog.port(), settings.clients, settings.duration, requests);
        sampler.interrupt();
        return result;
    }

    private void measureStart() {
        note("");
        note("| start of the packaged app | launch to first answer | app RSS idle | MariaDB RSS idle |");
        note("|---|---|---|---|");
        deleteRecursively(FIRST_START_DATA);
        for (String start : List.of("first start (empty data folder)", "warm restart")) {
            try (LaunchedProcess runlog = launchRunlog(FIRST_START_DATA, LaunchedProcess.freePort())) {
                Duration toFirstAnswer = runlog.awaitFirstAnswer("/api/users?limit=1", Duration.ofMinutes(3));
                LaunchedProcess.sleep(5_000); // let start-up's garbage settle before reading memory
                long[] memory = runlog.residentMebibytes();
                note("| " + start + " | " + seconds(toFirstAnswer) + " | " + memory[0] + " MiB | " + memory[1]
                        + " MiB |");
                runlog.stop();
            }
        }
    }

    private LaunchedProcess launchRunlog(Path dataDir, int databasePort) {
        int port = LaunchedProcess.freePort();
        List<String> command = new ArrayList<>(List.of(settings.java));
        command.addAll(settings.jvmOptions);
        command.addAll(List.of(
                "-jar",
                settings.jar,
                "--server.port=" + port,
                "--runlog.embedded-database.data-dir=" + dataDir.toAbsolutePath(),
                "--runlog.embedded-database.port=" + databasePort));
        command.addAll(settings.appArguments);
        command.addAll(settings.bothArguments);
        return LaunchedProcess.launch("runlog", command, Map.of(), port);
    }

    /** The floor, on Runlog's embedded database: its password goes in the environment, out of the process list. */
    private LaunchedProcess launchFloor(String databaseUrl, String password) {
        int port = LaunchedProcess.freePort();
        List<String> command = new ArrayList<>(List.of(
                settings.java,
                "-cp",
                System.getProperty("java.class.path"),
                JdbcFloorApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl));
        command.addAll(settings.bothArguments);
        Map<String, String> credentials = Map.of(
                "SPRING_DATASOURCE_USERNAME", EMBEDDED_DATABASE_USERNAME, "SPRING_DATASOURCE_PASSWORD", password);
        return LaunchedProcess.launch("floor", command, credentials, port);
    }

    private static LoopbackLoad.Result median(List<LoopbackLoad.Result> results) {
        return results.stream()
                .sorted(Comparator.comparingDouble(LoopbackLoad.Result::perSecond))
                .toList()
                .get(results.size() / 2);
    }

    private void noteRow(String endpoint, String server, LoopbackLoad.Result result, String ratio) {
        note(String.format(
                "| %s | %s | %,.0f | %.2f | %.2f | %s%s | %s |",
                endpoint,
                server,
                result.perSecond(),
                result.p50() / 1000.0,
                result.p99() / 1000.0,
                result.statuses(),
                result.failures() > 0 ? ", " + result.failures() + " failed" : "",
                ratio));
    }

    private void note(String line) {
        System.out.println(line);
        report.add(line);
    }

    private void writeReport() {
        try {
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.write(Path.of("target/benchmarks/http.md"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The benchmark's settings, from {@code key=value} arguments. */
    private record Settings(
            Duration duration,
            int rounds,
            int clients,
            String only,
            boolean start,
            String java,
            String jar,
            List<String> jvmOptions,
            List<String> appArguments,
            List<String> bothArguments) {

        static Settings parse(String[] args) {
            Map<String, String> single = new LinkedHashMap<>();
            List<String> jvm = new ArrayList<>();
            List<String> app = new ArrayList<>();
            List<String> both = new ArrayList<>();
            for (String arg : args) {
                String key = arg.substring(0, arg.indexOf('='));
                String value = arg.substring(arg.indexOf('=') + 1);
                switch (key) {
                    case "jvm" -> jvm.add(value);
                    case "app" -> app.add(value);
                    case "both" -> both.add(value);
                    default -> single.put(key, value);
                }
            }
            Duration duration = Duration.ofSeconds(Long.parseLong(single.getOrDefault("seconds", "10")));
            return new Settings(
                    duration,
                    Integer.parseInt(single.getOrDefault("rounds", "3")),
                    Integer.parseInt(single.getOrDefault("clients", "16")),
                    single.getOrDefault("only", ""),
                    Boolean.parseBoolean(single.getOrDefault("start", "true")),
                    single.getOrDefault(
                            "java",
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString()),
                    single.getOrDefault("jar", "target/runlog.jar"),
                    jvm,
                    app,
                    both);
        }

        /** Each server's warm-up before an endpoint is measured: half a measurement. */
        Duration warmup() {
            return duration.dividedBy(2);
        }

        @Override
        public String toString() {
            return clients + " clients, " + duration.toSeconds() + " s x " + rounds
                    + " rounds per server and endpoint, "
                    + "Java " + java + ", " + jar + (jvmOptions.isEmpty() ? "" : ", Runlog JVM " + jvmOptions)
                    + (appArguments.isEmpty() ? "" : ", Runlog " + appArguments)
                    + (bothArguments.isEmpty() ? "" : ", both servers " + bothArguments);
        }
    }
}

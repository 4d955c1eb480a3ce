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
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The HTTP benchmark: the packaged app ({@code target/runlog.jar}) on its embedded MariaDB,
 * against the JDBC floor on the same database, under a closed-loop load on loopback; then how
 * long the app takes to start and how much memory it holds. Every request carries a bearer token
 * Runlog issued ({@link BenchmarkSignIn}): the token of the runner whose data it reads or writes,
 * or the admin's for the page of everyone's runs. The floor checks it as Runlog does
 * ({@code FloorTokenCheck}); a second floor that checks nothing runs beside it, so that the run
 * also gives what the check costs.
 *
 * <pre>./mvnw -pl bootstrap -am -Phttp-benchmarks -DskipTests verify</pre>
 *
 * Settings, as {@code -Dbenchmark.args="seconds=10 clients=16"}: {@code seconds} per
 * measurement (10), {@code rounds} per server and endpoint (3, the median is reported),
 * {@code clients} (16), {@code runners} signed in per endpoint that reads or writes a runner's
 * data (100), {@code only} (measure only the endpoints whose name holds this text, such as
 * {@code only=POST}), {@code start=false} (skip the start-up measurement), {@code cold=false} (skip
 * the servers started anew, measured for their first 30 s of answering), {@code profile=false} (skip
 * the profiled load after each endpoint's rounds, and its flame graphs), {@code java} (the JDK
 * that runs every server), {@code jar} (Runlog's jar, {@code target/runlog.jar}), {@code baseline}
 * (another Runlog jar to measure beside it, on the same database, such as one built before
 * sign-in), and any number of {@code app=--some.property=value} and {@code jvm=-XX:...} to try a
 * setting on Runlog only, or {@code both=--some.property=value} to set it on Runlog and the floors
 * alike.
 */
public final class HttpBenchmarks {

    private static final Path DATA = Path.of("target/benchmark-data");
    private static final Path FIRST_START_DATA = Path.of("target/benchmark-first-start");
    private static final String EMBEDDED_DATABASE_USERNAME = "runlog";
    /** Answers 200 once the app has started and its database answers; open to callers without a token. */
    private static final String READY = "/actuator/health/readiness";

    private static final String RUNLOG = "Runlog";
    private static final String FLOOR = "JDBC floor, token check";
    private static final String OPEN_FLOOR = "JDBC floor, no check";
    private static final String BASELINE = "Runlog baseline";
    private static final Path FLAME_GRAPHS = Path.of("target/benchmarks/flame-graphs");
    private static final String GET_USER = "GET /api/users/{id} (10 runs)";
    /** How long after its start a server counts as cold: the "first 30 s". */
    private static final Duration COLD = Duration.ofSeconds(30);

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
        Map<String, String> admin = Map.of(
                "RUNLOG_ADMIN_EMAIL", BenchmarkSignIn.ADMIN_EMAIL,
                "RUNLOG_ADMIN_PASSWORD", BenchmarkSignIn.ADMIN_PASSWORD);
        try (LaunchedProcess runlog = launchRunlog(settings.jar, DATA, databasePort, admin)) {
            note("Runlog ready " + seconds(runlog.awaitFirstAnswer(READY, Duration.ofMinutes(3))) + " after launch");
            String databaseUrl = "jdbc:mariadb://127.0.0.1:" + databasePort + "/runlog";
            String password = embeddedDatabasePassword(DATA);
            BenchmarkData data = fillData(new BenchmarkData(databaseUrl, EMBEDDED_DATABASE_USERNAME, password));
            Callers callers = signIn(runlog.port(), data);
            try (LaunchedProcess floor = launchFloor("floor", databaseUrl, password, true);
                    LaunchedProcess openFloor = launchFloor("open-floor", databaseUrl, password, false);
                    LaunchedProcess baseline = settings.baseline.isEmpty()
                            ? null
                            : launchOnDatabase("baseline", settings.baseline, databaseUrl, password)) {
                List<Server> servers = new ArrayList<>(List.of(
                        new Server(RUNLOG, runlog), new Server(FLOOR, floor), new Server(OPEN_FLOOR, openFloor)));
                if (baseline != null) {
                    servers.add(new Server(BASELINE, baseline));
                }
                for (Server server : servers) {
                    server.process().awaitFirstAnswer(READY, Duration.ofMinutes(3));
                }
                Map<String, Function<SplittableRandom, byte[]>> endpoints = endpoints(data, callers);
                measureEndpoints(servers, runlog, endpoints);
                if (settings.cold && endpoints.containsKey(GET_USER)) {
                    measureCold(databaseUrl, password, runlog, endpoints.get(GET_USER));
                }
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

    /** The tokens the load sends: the admin's, and one for each runner it acts for, by user id. */
    private record Callers(String admin, Map<Long, String> readers, Map<Long, String> writers) {}

    /**
     * Signs in, through the API, the admin and {@code runners} runners for each endpoint that acts
     * for one: the first users with ten runs (read) and the first of the others (written to).
     */
    private Callers signIn(int port, BenchmarkData data) {
        long started = System.nanoTime();
        BenchmarkSignIn signIn = new BenchmarkSignIn(port);
        String admin = signIn.admin();
        long first = data.firstUserId();
        int count = Math.min(settings.runners, BenchmarkData.USERS_WITH_TEN_RUNS);
        Callers callers = new Callers(
                admin,
                signIn.runners(data.runners(first, count), admin),
                signIn.runners(data.runners(first + BenchmarkData.USERS_WITH_TEN_RUNS, count), admin));
        note("Signed in the admin and " + 2 * count + " runners through the API in "
                + seconds(Duration.ofNanos(System.nanoTime() - started)));
        return callers;
    }

    /** The requests of each benchmarked endpoint, by name, each picked by the load's own random. */
    private Map<String, Function<SplittableRandom, byte[]>> endpoints(BenchmarkData data, Callers callers) {
        long lastRun = data.lastRunId();
        byte[][] reads = callers.readers().entrySet().stream()
                .map(reader ->
                        KeepAliveConnection.request("GET", "/api/users/" + reader.getKey(), reader.getValue(), null))
                .toArray(byte[][]::new);
        byte[][] runReads = callers.readers().entrySet().stream()
                .map(reader -> KeepAliveConnection.request(
                        "GET",
                        "/api/runs/" + data.number("select min(id) from run where user_id = " + reader.getKey()),
                        reader.getValue(),
                        null))
                .toArray(byte[][]::new);
        byte[][] writes = callers.writers().entrySet().stream()
                .map(writer -> KeepAliveConnection.request(
                        "POST", "/api/users/" + writer.getKey() + "/runs", writer.getValue(), RUN_JSON))
                .toArray(byte[][]::new);
        Map<String, Function<SplittableRandom, byte[]>> endpoints = new LinkedHashMap<>();
        endpoints.put(GET_USER, random -> reads[random.nextInt(reads.length)]);
        endpoints.put("GET /api/runs/{id} (with its user)", random -> runReads[random.nextInt(runReads.length)]);
        endpoints.put(
                "GET /api/runs?after=<last 1,000 of 1M>",
                random -> KeepAliveConnection.request(
                        "GET",
                        "/api/runs?after=" + (lastRun - 21 - random.nextInt(1_000)) + "&limit=20",
                        callers.admin(),
                        null));
        endpoints.put("POST /api/users/{id}/runs", random -> writes[random.nextInt(writes.length)]);
        endpoints.keySet().removeIf(endpoint -> !endpoint.contains(settings.only));
        return endpoints;
    }

    private void measureEndpoints(
            List<Server> servers, LaunchedProcess database, Map<String, Function<SplittableRandom, byte[]>> endpoints) {
        note("");
        note("| endpoint | server | req/s (median of " + settings.rounds
                + ") | p50 ms | p99 ms | statuses | app CPU \u00b5s/req | MariaDB CPU \u00b5s/req"
                + " | / floor with token check |");
        note("|---|---|---|---|---|---|---|---|---|");
        // Every endpoint on every server first, so that no server's JIT meets an endpoint for the
        // first time in its own warm-up: the cold phase is measured on its own (measureCold).
        endpoints
                .values()
                .forEach(requests -> servers.forEach(server ->
                        LoopbackLoad.run(server.process().port(), settings.clients, settings.warmup(), requests)));
        Map<String, long[]> peakMemory = new LinkedHashMap<>();
        Map<String, Map<String, LoopbackLoad.Result>> medians = new LinkedHashMap<>();
        Map<String, Map<String, Profiled>> profiles = new LinkedHashMap<>();
        endpoints.forEach((endpoint, requests) -> {
            for (Server server : servers) {
                LoopbackLoad.run(server.process().port(), settings.clients, settings.warmup(), requests);
            }
            Map<String, List<Measured>> results = new LinkedHashMap<>();
            for (int round = 0; round < settings.rounds; round++) { // alternated, so drift hits all alike
                for (Server server : servers) {
                    long[] peak = peakMemory.computeIfAbsent(server.name(), name -> new long[2]);
                    Measured measured =
                            Measured.of(server.process(), database, () -> measure(server.process(), requests, peak));
                    results.computeIfAbsent(server.name(), name -> new ArrayList<>())
                            .add(measured);
                }
            }
            Map<String, Measured> ofEndpoint = new LinkedHashMap<>();
            results.forEach((server, ofServer) -> ofEndpoint.put(server, median(ofServer)));
            if (settings.profile) {
                profiles.put(endpoint, profile(servers, endpoint, requests));
            }
            Map<String, LoopbackLoad.Result> loads = new LinkedHashMap<>();
            ofEndpoint.forEach((server, median) -> loads.put(server, median.load()));
            medians.put(endpoint, loads);
            double fair = ofEndpoint.get(FLOOR).load().perSecond();
            ofEndpoint.forEach((server, median) -> noteRow(
                    endpoint,
                    server,
                    median,
                    server.equals(FLOOR)
                            ? ""
                            : String.format("**%.2f**", median.load().perSecond() / fair)));
        });
        note("");
        note("| resident memory (RSS) | " + String.join(" | ", peakMemory.keySet()) + " |");
        note("|---|" + "---|".repeat(peakMemory.size()));
        StringBuilder under = new StringBuilder("| under load, at most |");
        StringBuilder after = new StringBuilder("| after the loads |");
        peakMemory.forEach((server, peak) -> under.append(" " + peak[0] + " MiB |"));
        servers.forEach(server -> after.append(" " + server.process().residentMebibytes()[0] + " MiB |"));
        note(under.toString());
        note(after.toString());
        note("");
        note("The embedded MariaDB, which every server uses: at most "
                + peakMemory.get(RUNLOG)[1] + " MiB.");
        noteWhatTheCheckCosts(medians);
        profiles.forEach(this::noteStages);
    }

    /**
     * One more load on each server, under async-profiler: CPU samples and allocations, written as
     * flame graphs ({@code target/benchmarks/flame-graphs}), with the allocation per request. Apart
     * from the measured rounds, as profiling slows a server down.
     */
    private Map<String, Profiled> profile(
            List<Server> servers, String endpoint, Function<SplittableRandom, byte[]> requests) {
        Map<String, Profiled> profiled = new LinkedHashMap<>();
        for (Server server : servers) {
            String name = slug(endpoint) + "-" + slug(server.name());
            try (ServerProfile profile = ServerProfile.start(
                    server.process().pid(), FLAME_GRAPHS.resolve(name + ".jfr").toAbsolutePath())) {
                LoopbackLoad.Result load =
                        LoopbackLoad.run(server.process().port(), settings.clients, settings.duration, requests);
                ServerProfile.Result result = profile.stop();
                result.writeFlameGraphs(FLAME_GRAPHS, name, server.name() + ", " + endpoint);
                profiled.put(server.name(), new Profiled(load, result));
            }
        }
        return profiled;
    }

    /** A profiled load and what the profiler recorded meanwhile. */
    private record Profiled(LoopbackLoad.Result load, ServerProfile.Result profile) {

        double perRequest(long amount) {
            return load.requests() == 0 ? 0 : amount / (double) load.requests();
        }

        double cpuMicros() {
            return perRequest(profile.cpuTime().toNanos()) / 1000;
        }

        double allocatedKilobytes() {
            return perRequest(profile.allocatedBytes()) / 1000;
        }
    }

    /** Each server's CPU per request by stage, and its allocation per request, as the profiled load recorded them. */
    private void noteStages(String endpoint, Map<String, Profiled> ofEndpoint) {
        note("");
        note("| " + endpoint + ", profiled: \u00b5s of CPU per request | " + String.join(" | ", ofEndpoint.keySet())
                + " |");
        note("|---|" + "---|".repeat(ofEndpoint.size()));
        Map<String, Map<String, Long>> stages = new LinkedHashMap<>();
        ofEndpoint.forEach((server, profiled) ->
                stages.put(server, RequestStages.of(profiled.profile().cpuStacks())));
        for (String stage : RequestStages.names()) {
            StringBuilder row = new StringBuilder("| " + stage + " |");
            ofEndpoint.forEach((server, profiled) -> row.append(String.format(
                    " %,.1f |",
                    profiled.perRequest(ServerProfile.CPU_INTERVAL.toNanos()
                                    * stages.get(server).get(stage))
                            / 1000)));
            note(row.toString());
        }
        StringBuilder total = new StringBuilder("| **all, as sampled** |");
        StringBuilder allocated = new StringBuilder("| **allocated, KB per request** |");
        StringBuilder perSecond = new StringBuilder("| req/s while profiled |");
        ofEndpoint.forEach((server, profiled) -> {
            total.append(String.format(" **%,.0f** |", profiled.cpuMicros()));
            allocated.append(String.format(" **%,.1f** |", profiled.allocatedKilobytes()));
            perSecond.append(String.format(" %,.0f |", profiled.load().perSecond()));
        });
        note(total.toString());
        note(allocated.toString());
        note(perSecond.toString());
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /**
     * One load with the CPU time it cost: the server's own, and MariaDB's (every server uses the
     * same one, which Runlog started), each divided by the requests answered.
     */
    private record Measured(LoopbackLoad.Result load, double cpuMicros, double databaseMicros) {

        static Measured of(LaunchedProcess server, LaunchedProcess database, Supplier<LoopbackLoad.Result> load) {
            Duration cpu = server.cpuTime();
            Duration databaseCpu = database.childrenCpuTime();
            LoopbackLoad.Result result = load.get();
            return new Measured(
                    result,
                    perRequest(server.cpuTime().minus(cpu), result),
                    perRequest(database.childrenCpuTime().minus(databaseCpu), result));
        }

        private static double perRequest(Duration cpu, LoopbackLoad.Result result) {
            return result.requests() == 0 ? 0 : cpu.toNanos() / 1000.0 / result.requests();
        }
    }

    /**
     * The ratios that answer "what does authentication cost": the floor with its token check against
     * the floor without, and Runlog against the floor each way (and against the baseline, if any).
     * The time a request adds is the difference of the inverse throughputs: under a closed load
     * that keeps both cores busy, the machine time each request takes.
     */
    private void noteWhatTheCheckCosts(Map<String, Map<String, LoopbackLoad.Result>> medians) {
        boolean withBaseline = !settings.baseline.isEmpty();
        note("");
        String baselineColumns = " | Runlog / baseline | Runlog against the baseline, \u00b5s more per request";
        note("| endpoint | floor with check / without | the floor's check, \u00b5s more per request"
                + " | Runlog / floor with check | Runlog / floor without check"
                + (withBaseline ? baselineColumns : "") + " |");
        note("|---|---|---|---|---|" + (withBaseline ? "---|---|" : ""));
        medians.forEach((endpoint, ofEndpoint) -> {
            double runlog = ofEndpoint.get(RUNLOG).perSecond();
            double floor = ofEndpoint.get(FLOOR).perSecond();
            double open = ofEndpoint.get(OPEN_FLOOR).perSecond();
            String row = String.format(
                    "| %s | %.2f | %.0f | %.2f | %.2f |",
                    endpoint, floor / open, microsecondsAdded(floor, open), runlog / floor, runlog / open);
            if (withBaseline) {
                double baseline = ofEndpoint.get(BASELINE).perSecond();
                row += String.format(" %.2f | %.0f |", runlog / baseline, microsecondsAdded(runlog, baseline));
            }
            note(row);
        });
    }

    private static double microsecondsAdded(double perSecond, double againstPerSecond) {
        return 1e6 / perSecond - 1e6 / againstPerSecond;
    }

    /** A load on a server, sampling its memory (and its children's) once a second meanwhile. */
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

    /**
     * Each server started anew on the same database, as an external one: the time from its launch
     * to its first answer, then the GET of a user for its first 30 s of answering, with what that
     * cost in CPU, and its tail: what a new instance behind a load balancer costs before its JIT
     * has warmed up. One server at a time, so each has the cores the warm ones had.
     */
    private void measureCold(
            String databaseUrl,
            String password,
            LaunchedProcess database,
            Function<SplittableRandom, byte[]> requests) {
        Map<String, Supplier<LaunchedProcess>> servers = new LinkedHashMap<>();
        servers.put(RUNLOG, () -> launchOnDatabase("cold-runlog", settings.jar, databaseUrl, password));
        servers.put(FLOOR, () -> launchFloor("cold-floor", databaseUrl, password, true));
        if (!settings.baseline.isEmpty()) {
            servers.put(BASELINE, () -> launchOnDatabase("cold-baseline", settings.baseline, databaseUrl, password));
        }
        note("");
        note("| cold: " + GET_USER + ", the first " + COLD.toSeconds() + " s of answering | server"
                + " | launch to first answer | req/s | p50 ms | p99 ms | statuses | app CPU \u00b5s/req"
                + " | MariaDB CPU \u00b5s/req | first answer / floor's | CPU / floor's |");
        note("|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, Duration> firstAnswers = new LinkedHashMap<>();
        Map<String, Measured> measured = new LinkedHashMap<>();
        servers.forEach((name, launch) -> {
            try (LaunchedProcess server = launch.get()) {
                firstAnswers.put(name, server.awaitFirstAnswer(READY, Duration.ofMinutes(3)));
                measured.put(
                        name,
                        Measured.of(
                                server,
                                database,
                                () -> LoopbackLoad.run(server.port(), settings.clients, COLD, requests)));
            }
        });
        measured.forEach((name, cold) -> note(String.format(
                "| | %s | %s | %,.0f | %.2f | %.2f | %s | %,.0f | %,.0f | %s | %s |",
                name,
                seconds(firstAnswers.get(name)),
                cold.load().perSecond(),
                cold.load().p50() / 1000.0,
                cold.load().p99() / 1000.0,
                cold.load().statuses(),
                cold.cpuMicros(),
                cold.databaseMicros(),
                name.equals(FLOOR)
                        ? ""
                        : String.format(
                                "**%.2f**",
                                firstAnswers.get(name).toMillis()
                                        / (double) firstAnswers.get(FLOOR).toMillis()),
                name.equals(FLOOR)
                        ? ""
                        : String.format(
                                "**%.2f**",
                                cold.cpuMicros() / measured.get(FLOOR).cpuMicros()))));
    }

    private void measureStart() {
        note("");
        note("| start of the packaged app | launch to first answer | app RSS idle | MariaDB RSS idle |");
        note("|---|---|---|---|");
        List<String> jars =
                settings.baseline.isEmpty() ? List.of(settings.jar) : List.of(settings.jar, settings.baseline);
        for (String jar : jars) {
            deleteRecursively(FIRST_START_DATA);
            for (String start : List.of("first start (empty data folder)", "warm restart", "warm restart")) {
                try (LaunchedProcess runlog =
                        launchRunlog(jar, FIRST_START_DATA, LaunchedProcess.freePort(), Map.of())) {
                    Duration toFirstAnswer = runlog.awaitFirstAnswer(READY, Duration.ofMinutes(3));
                    LaunchedProcess.sleep(5_000); // let start-up's garbage settle before reading memory
                    long[] memory = runlog.residentMebibytes();
                    note("| " + jar + ", " + start + " | " + seconds(toFirstAnswer) + " | " + memory[0] + " MiB | "
                            + memory[1] + " MiB |");
                    runlog.stop();
                }
            }
        }
    }

    private LaunchedProcess launchRunlog(String jar, Path dataDir, int databasePort, Map<String, String> environment) {
        int port = LaunchedProcess.freePort();
        List<String> command = new ArrayList<>(List.of(settings.java));
        command.addAll(ServerProfile.JVM_OPTIONS);
        command.addAll(settings.jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar,
                "--server.port=" + port,
                "--runlog.embedded-database.data-dir=" + dataDir.toAbsolutePath(),
                "--runlog.embedded-database.port=" + databasePort));
        command.addAll(settings.appArguments);
        command.addAll(settings.bothArguments);
        return LaunchedProcess.launch("runlog", command, environment, port);
    }

    /**
     * A Runlog jar (the baseline, or Runlog itself started anew) on Runlog's embedded database as an
     * external one: its credentials go in the environment. Runlog's own JVM options and settings
     * apply to it too, so that only the jar or the database differs.
     */
    private LaunchedProcess launchOnDatabase(String name, String jar, String databaseUrl, String password) {
        int port = LaunchedProcess.freePort();
        List<String> command = new ArrayList<>(List.of(settings.java));
        command.addAll(ServerProfile.JVM_OPTIONS);
        command.addAll(settings.jvmOptions);
        command.addAll(List.of("-jar", jar, "--server.port=" + port));
        command.addAll(settings.appArguments);
        command.addAll(settings.bothArguments);
        return LaunchedProcess.launch(name, command, databaseEnvironment(databaseUrl, password), port);
    }

    /**
     * A floor, on Runlog's embedded database: its password goes in the environment, out of the
     * process list. {@code checkingTokens} false makes the floor that checks no token.
     */
    private LaunchedProcess launchFloor(String name, String databaseUrl, String password, boolean checkingTokens) {
        int port = LaunchedProcess.freePort();
        List<String> command = new ArrayList<>(List.of(settings.java));
        command.addAll(ServerProfile.JVM_OPTIONS);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                JdbcFloorApplication.class.getName(),
                "--server.port=" + port,
                "--floor.token-check=" + checkingTokens));
        command.addAll(settings.bothArguments);
        return LaunchedProcess.launch(name, command, databaseEnvironment(databaseUrl, password), port);
    }

    private static Map<String, String> databaseEnvironment(String databaseUrl, String password) {
        return Map.of(
                "SPRING_DATASOURCE_URL",
                databaseUrl,
                "SPRING_DATASOURCE_USERNAME",
                EMBEDDED_DATABASE_USERNAME,
                "SPRING_DATASOURCE_PASSWORD",
                password);
    }

    /** A server under measurement, by the name the report gives it. */
    private record Server(String name, LaunchedProcess process) {}

    private static Measured median(List<Measured> results) {
        return results.stream()
                .sorted(Comparator.comparingDouble(measured -> measured.load().perSecond()))
                .toList()
                .get(results.size() / 2);
    }

    private void noteRow(String endpoint, String server, Measured measured, String ratio) {
        LoopbackLoad.Result result = measured.load();
        note(String.format(
                "| %s | %s | %,.0f | %.2f | %.2f | %s%s | %,.0f | %,.0f | %s |",
                endpoint,
                server,
                result.perSecond(),
                result.p50() / 1000.0,
                result.p99() / 1000.0,
                result.statuses(),
                result.failures() > 0 ? ", " + result.failures() + " failed" : "",
                measured.cpuMicros(),
                measured.databaseMicros(),
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
            int runners,
            String only,
            boolean start,
            boolean cold,
            boolean profile,
            String java,
            String jar,
            String baseline,
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
                    Integer.parseInt(single.getOrDefault("runners", "100")),
                    single.getOrDefault("only", ""),
                    Boolean.parseBoolean(single.getOrDefault("start", "true")),
                    Boolean.parseBoolean(single.getOrDefault("cold", "true")),
                    Boolean.parseBoolean(single.getOrDefault("profile", "true")),
                    single.getOrDefault(
                            "java",
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString()),
                    single.getOrDefault("jar", "target/runlog.jar"),
                    single.getOrDefault("baseline", ""),
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
                    + " rounds per server and endpoint, " + runners + " runners signed in per endpoint, "
                    + "Java " + java + ", " + jar + (baseline.isEmpty() ? "" : ", baseline " + baseline)
                    + (jvmOptions.isEmpty() ? "" : ", Runlog JVM " + jvmOptions)
                    + (appArguments.isEmpty() ? "" : ", Runlog " + appArguments)
                    + (bothArguments.isEmpty() ? "" : ", both servers " + bothArguments);
        }
    }
}

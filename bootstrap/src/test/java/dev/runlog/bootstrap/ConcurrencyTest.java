package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What many clients at once must not break: one owner per email, and no lost run. */
class ConcurrencyTest extends RunningAppTest {

    private static final int CLIENTS = 16;

    @Test
    void concurrentRegistrationsWithOneEmail_giveExactlyOne201_andOnly409sBesides() throws Exception {
        List<Integer> statuses = inParallel(
                CLIENTS,
                i -> api.post(
                                "/api/users",
                                "{\"username\": \"Racer %d\", \"email\": \"%s\"}"
                                        .formatted(i, i % 2 == 0 ? "race@example.com" : "RACE@example.com"))
                        .status());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(CLIENTS - 1);
        assertThat(storedUsers()).isEqualTo(1);
    }

    @Test
    void manyConcurrentRunLogsForOneUser_allLand() throws Exception {
        long alice = api.registerUser("Alice", "alice@example.com");
        int runsEach = 10;

        List<Integer> statuses = inParallel(
                CLIENTS * runsEach,
                i -> api.post("/api/users/" + alice + "/runs", "{\"distance\": %d.5}".formatted(i % 100))
                        .status());

        assertThat(statuses).containsOnly(201);
        assertThat(storedRuns()).isEqualTo(CLIENTS * runsEach);
        assertThat(api.get("/api/users/" + alice).json().get("runs")).hasSize(CLIENTS * runsEach);
    }

    private interface Call<T> {
        T call(int index);
    }

    private static <T> List<T> inParallel(int calls, Call<T> call) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                futures.add(clients.submit((Callable<T>) () -> call.call(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            clients.shutdownNow();
        }
    }
}

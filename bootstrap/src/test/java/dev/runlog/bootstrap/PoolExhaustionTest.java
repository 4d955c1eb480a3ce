package dev.runlog.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More requests at once than the pool has connections: those that find none wait a bounded
 * time and get a 503, the rest finish, and every connection goes back to the pool.
 */
class PoolExhaustionTest extends RunningAppTest {

    @Autowired
    private HikariDataSource pool;

    @Test
    void requestsBeyondThePool_get503AfterABoundedWait_andNoConnectionLeaks() throws Exception {
        long alice = api.registerUser("Alice", "alice@example.com");
        int poolSize = pool.getMaximumPoolSize();
        int requests = poolSize + 7;
        List<Future<Api.Response>> answers = new ArrayList<>();
        List<Duration> took = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        TestDatabase.Connection db = TestDatabase.connection();
        try (Connection lock = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            // Holding Alice's row keeps every request that got a connection waiting, with it.
            lock.setAutoCommit(false);
            lock.createStatement().execute("select id from user where id = " + alice + " for update");
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> {
                    Instant started = Instant.now();
                    Api.Response response =
                            api.put("/api/users/" + alice, "{\"username\": \"A\", \"email\": \"alice@example.com\"}");
                    took.add(Duration.between(started, Instant.now()));
                    return response;
                }));
            }
            awaitAnswers(took, requests - poolSize);
            lock.commit();
        }

        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS).status());
        }
        clients.shutdown();

        assertThat(statuses).filteredOn(status -> status == 503).hasSize(requests - poolSize);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(poolSize);
        assertThat(took.subList(0, requests - poolSize))
                .allSatisfy(wait -> assertThat(wait).isLessThan(Duration.ofSeconds(3)));
        Instant giveUp = Instant.now().plusSeconds(5);
        while (pool.getHikariPoolMXBean().getActiveConnections() > 0
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        assertThat(pool.getHikariPoolMXBean().getActiveConnections())
                .as("connections still lent out")
                .isZero();
    }

    private static void awaitAnswers(List<Duration> answered, int count) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        while (answered.size() < count && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
    }
}

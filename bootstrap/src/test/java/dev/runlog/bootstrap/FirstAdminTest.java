package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin, as instances started together on a new database make it: each runs the same
 * start-up step ({@code firstAdmin}) at once, and each must start. {@link TwoInstancesTest} starts
 * two real processes so; this lets the step race directly, where a start-up's timing would let it
 * win or lose by chance.
 */
class FirstAdminTest extends RunningAppTest {

    private static final int INSTANCES = 4;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void instancesEnsuringTheAdminAtOnceOnADatabaseWithout_allSucceed_andOneAdminIsMade() throws Exception {
        SmartInitializingSingleton firstAdmin = context.getBean("firstAdmin", SmartInitializingSingleton.class);
        ExecutorService instances = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int round = 0; round < 5; round++) {
                startAtOnce(firstAdmin, instances);

                assertThat(jdbc.sql("select role from user where email_caseless = ?")
                                .param(TestAdmin.EMAIL)
                                .query(String.class)
                                .list())
                        .as("round %d", round)
                        .containsExactly("ADMIN");
                assertThat(api.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD).status())
                        .isEqualTo(201);
            }
        } finally {
            instances.shutdownNow();
        }
    }

    /** Every instance's start-up step on a database without the admin, let go at the same moment. */
    private void startAtOnce(SmartInitializingSingleton firstAdmin, ExecutorService instances) throws Exception {
        jdbc.sql("delete from user where email_caseless = ?")
                .param(TestAdmin.EMAIL)
                .update();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> starts = IntStream.range(0, INSTANCES)
                .mapToObj(i -> CompletableFuture.runAsync(
                        () -> {
                            awaitQuietly(go);
                            firstAdmin.afterSingletonsInstantiated();
                        },
                        instances))
                .toList();
        go.countDown();
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    private static void awaitQuietly(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

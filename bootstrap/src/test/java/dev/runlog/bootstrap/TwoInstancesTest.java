package dev.runlog.bootstrap;

import dev.runlog.domain.model.access.SignInThrottle;
import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.runlog.bootstrap.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Runlog processes on one database, as behind a load balancer that sends each request wherever
 * it likes: whatever one instance writes, revokes or counts, the other knows at once, because none
 * of it lives in a process's memory. Both start at the same moment on a new database, so both
 * migrate it and both ensure the admin at once, as a deployment of many instances would (whether
 * the two really collide is up to their start-up's timing; {@link FirstAdminTest} makes them).
 */
class TwoInstancesTest {

    private static AppProcess a;
    private static AppProcess b;
    private static Api adminOnA;
    private static Api adminOnB;

    @BeforeAll
    static void startTwoInstancesAtOnce() {
        TestDatabase.Connection database = TestDatabase.emptyDatabase("runlog_two_instances");
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "RUNLOG_ADMIN_EMAIL", TestAdmin.EMAIL,
                "RUNLOG_ADMIN_PASSWORD", TestAdmin.PASSWORD);
        CompletableFuture<AppProcess> first = CompletableFuture.supplyAsync(() -> AppProcess.start(environment));
        CompletableFuture<AppProcess> second = CompletableFuture.supplyAsync(() -> AppProcess.start(environment));
        // Both are awaited before either failure is reported, so that no process is left running.
        a = first.exceptionally(failed -> null).join();
        b = second.exceptionally(failed -> null).join();
        if (a == null || b == null) {
            stopBoth();
            (a == null ? first : second).join(); // throws why it did not start
        }
        adminOnA = a.api();
        adminOnB = b.api();
    }

    @AfterAll
    static void stopBoth() {
        for (AppProcess app : new AppProcess[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    void aUserAndARunCreatedOnA_areReadOnB_andAChangeOnB_isSeenOnA() {
        long alice = adminOnA.registerUser("Alice", "alice@example.com");
        long run = adminOnA.logRun(alice, 5.0, "Happy");

        Api.Response aliceOnB = adminOnB.get("/api/users/" + alice);
        assertThat(aliceOnB.status()).isEqualTo(200);
        assertThat(aliceOnB.json().get("email").asString()).isEqualTo("alice@example.com");
        Api.Response runOnB = adminOnB.get("/api/runs/" + run);
        assertThat(runOnB.status()).isEqualTo(200);
        assertThat(runOnB.json().get("distance").asDouble()).isEqualTo(5.0);

        Api.Response changedOnB = adminOnB.send(
                "PUT",
                "/api/runs/" + run,
                "application/json",
                "{\"distance\": 7.5, \"mood\": \"Tired\"}",
                "If-Match",
                runOnB.header("ETag"));
        assertThat(changedOnB.status()).as(changedOnB.body()).isEqualTo(200);

        JsonNode seenOnA = adminOnA.get("/api/runs/" + run).json();
        assertThat(seenOnA.get("distance").asDouble()).isEqualTo(7.5);
        assertThat(seenOnA.get("mood").asString()).isEqualTo("Tired");
    }

    @Test
    void aTokenIssuedOnA_worksOnB_andSigningOutOnA_makesIt401OnB_atOnce() {
        Api signedInOnA = new Api(a.port()).signedInAs(TestAdmin.EMAIL, TestAdmin.PASSWORD);
        Api sameTokenOnB = new Api(b.port()).withToken(signedInOnA.token());
        assertThat(sameTokenOnB.get("/api/users").status()).isEqualTo(200);

        assertThat(signedInOnA.delete("/api/tokens/current").status()).isEqualTo(204);

        assertProblem(sameTokenOnB.get("/api/users"), 401);
        assertProblem(signedInOnA.get("/api/users"), 401);
    }

    @Test
    void aPasswordChangedOnB_invalidatesTheTokensThatUserGotOnA() {
        long carol = registerWithPassword("Carol", "carol@example.com", "Carol's first password");
        Api carolOnA = new Api(a.port()).signedInAs("carol@example.com", "Carol's first password");
        Api carolOnB = new Api(b.port()).signedInAs("carol@example.com", "Carol's first password");
        assertThat(carolOnA.get("/api/users/" + carol).status()).isEqualTo(200);

        Api.Response changed = carolOnB.put(
                "/api/users/" + carol + "/password",
                Api.json("currentPassword", "Carol's first password", "newPassword", "Carol's second password"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);

        assertProblem(carolOnA.get("/api/users/" + carol), 401);
        assertProblem(carolOnB.get("/api/users/" + carol), 401);
        assertThat(new Api(a.port())
                        .signIn("carol@example.com", "Carol's second password")
                        .status())
                .as("the new password, on the other instance")
                .isEqualTo(201);
    }

    @Test
    void failedSignInsSpreadOverAAndB_areCountedTogether_asOnOneInstance() {
        registerWithPassword("Dave", "dave@example.com", "Dave's right password");
        List<Api> instances = List.of(new Api(a.port()), new Api(b.port()));

        for (int failure = 0; failure < SignInThrottle.MAX_FAILURES; failure++) {
            Api instance = instances.get(failure % 2);
            assertProblem(instance.signIn("dave@example.com", "a wrong password"), 401);
        }

        for (Api instance : instances) {
            Api.Response rightPassword = instance.signIn("dave@example.com", "Dave's right password");
            JsonNode problem = assertProblem(rightPassword, 429);
            assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:too-many-sign-ins");
        }
    }

    @Test
    void twentyRacingIfMatchUpdatesOfOneRun_halfOnEach_giveExactlyOneSuccess_andNineteen412s() throws Exception {
        long erin = adminOnA.registerUser("Erin", "erin@example.com");
        long run = adminOnA.logRun(erin, 10.0, null);
        String seen = adminOnA.get("/api/runs/" + run).header("ETag");
        long versionSeen = versionIn(seen);
        int updates = 20;

        List<Api.Response> answers = inParallel(
                updates,
                i -> (i % 2 == 0 ? adminOnA : adminOnB)
                        .send(
                                "PUT",
                                "/api/runs/" + run,
                                "application/json",
                                "{\"distance\": %d.0}".formatted(20 + i),
                                "If-Match",
                                seen));

        List<Api.Response> successes =
                answers.stream().filter(answer -> answer.status() == 200).toList();
        assertThat(successes).as("successful updates").hasSize(1);
        List<Api.Response> refused =
                answers.stream().filter(answer -> answer.status() != 200).toList();
        assertThat(refused).hasSize(updates - 1);
        refused.forEach(
                answer -> assertThat(assertProblem(answer, 412).get("type").asString())
                        .isEqualTo("urn:runlog:problem:stale-version"));

        Api.Response now = adminOnB.get("/api/runs/" + run);
        assertThat(now.json().get("distance").asDouble())
                .as("the winner's distance")
                .isEqualTo(successes.get(0).json().get("distance").asDouble());
        assertThat(versionIn(now.header("ETag"))).as("advanced once").isEqualTo(versionSeen + 1);
    }

    private static long registerWithPassword(String username, String email, String password) {
        Api.Response response =
                adminOnA.post("/api/users", Api.json("username", username, "email", email, "password", password));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** The version in front of a tag such as {@code "3-8f14e45fceea167a"}. */
    private static long versionIn(String entityTag) {
        return Long.parseLong(entityTag.replaceAll("^\"(\\d+).*", "$1"));
    }

    private interface Call<T> {
        T call(int index);
    }

    /** Every call on its own thread, all let go at once. */
    private static <T> List<T> inParallel(int calls, Call<T> call) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(calls);
        CountDownLatch ready = new CountDownLatch(calls);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                futures.add(clients.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call(index);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
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

package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Prometheus scrapes at {@code /actuator/prometheus}, as an admin: the use cases' timers and
 * Runlog's counters move by what was done, beside Spring Boot's HTTP, pool and JVM metrics. Only
 * an admin may scrape.
 */
class MetricsTest extends RunningAppTest {

    private static final String PROMETHEUS = "/actuator/prometheus";

    @Test
    void anAdmin_scrapesTheMetrics_asPrometheusText() {
        Api.Response response = api.get(PROMETHEUS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
    }

    @Test
    void aRunner_isForbidden_andNobody_isUnauthorized() {
        assertThat(api.signUp("Alice", "alice@example.com", "alice runs every morning")
                        .status())
                .isEqualTo(201);
        Api asAlice = new Api(api.port()).signedInAs("alice@example.com", "alice runs every morning");

        Api.Response runner = asAlice.get(PROMETHEUS);
        Api.Response nobody = new Api(api.port()).get(PROMETHEUS);

        assertThat(runner.status()).isEqualTo(403);
        assertThat(runner.contentType()).isEqualTo("application/problem+json");
        assertThat(runner.body()).doesNotContain("runlog_");
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void loggingARun_countsIt_andTimesTheUseCase() {
        long alice = api.registerUser("Alice", "alice@example.com");
        PrometheusScrape before = scrape();

        api.logRun(alice, 5.2, "Happy");
        api.logRun(alice, 3.1, null);
        PrometheusScrape after = scrape();

        assertThat(increase(before, after, "runlog_runs_logged_total", "use_case", "LogRun"))
                .isEqualTo(2);
        assertThat(increase(before, after, "runlog_use_case_seconds_count", "use_case", "LogRun", "error", "none"))
                .isEqualTo(2);
        assertThat(increase(before, after, "runlog_use_case_seconds_sum", "use_case", "LogRun"))
                .isPositive();
        assertThat(increase(before, after, "runlog_statement_seconds_count", "statement", "RunMapper.insert"))
                .as("each SQL statement is timed, by its mapper method")
                .isEqualTo(2);
    }

    @Test
    void aFailingUseCase_isTimedWithItsError_andCountsNothing() {
        PrometheusScrape before = scrape();

        assertThat(api.post("/api/users/424242/runs", "{\"distance\": 5.2}").status())
                .isEqualTo(404);
        PrometheusScrape after = scrape();

        assertThat(increase(before, after, "runlog_use_case_seconds_count", "use_case", "LogRun", "error", "none"))
                .isZero();
        assertThat(after.valueWhere(
                        "runlog_use_case_seconds_count",
                        labels -> "LogRun".equals(labels.get("use_case")) && !"none".equals(labels.get("error"))))
                .isGreaterThan(before.valueWhere(
                        "runlog_use_case_seconds_count",
                        labels -> "LogRun".equals(labels.get("use_case")) && !"none".equals(labels.get("error"))));
        assertThat(increase(before, after, "runlog_runs_logged_total")).isZero();
    }

    @Test
    void anImport_countsItself_itsSize_andItsRuns() {
        long alice = api.registerUser("Alice", "alice@example.com");
        PrometheusScrape before = scrape();

        assertThat(api.post(
                                "/api/users/" + alice + "/runs/batch",
                                "[{\"distance\": 5.2}, {\"distance\": 10}, {\"distance\": 21.1}]")
                        .status())
                .isEqualTo(201);
        PrometheusScrape after = scrape();

        assertThat(increase(before, after, "runlog_imports_total", "use_case", "ImportRuns"))
                .isEqualTo(1);
        assertThat(increase(before, after, "runlog_import_size_runs_count")).isEqualTo(1);
        assertThat(increase(before, after, "runlog_import_size_runs_sum")).isEqualTo(3);
        assertThat(increase(before, after, "runlog_runs_logged_total", "use_case", "ImportRuns"))
                .isEqualTo(3);
        assertThat(increase(before, after, "runlog_use_case_seconds_count", "use_case", "ImportRuns"))
                .isEqualTo(1);
    }

    @Test
    void signingUp_andAnAdminRegisteringSomeone_countUsersRegistered() {
        PrometheusScrape before = scrape();

        assertThat(api.signUp("Alice", "alice@example.com", "alice runs every morning")
                        .status())
                .isEqualTo(201);
        api.registerUser("Bob", "bob@example.com");
        api.registerUser("Carol", "carol@example.com");
        PrometheusScrape after = scrape();

        assertThat(increase(before, after, "runlog_users_registered_total", "use_case", "SignUp"))
                .isEqualTo(1);
        assertThat(increase(before, after, "runlog_users_registered_total", "use_case", "RegisterUser"))
                .isEqualTo(2);
    }

    @Test
    void httpRequests_areCountedByMethodRouteAndStatus() {
        long alice = api.registerUser("Alice", "alice@example.com");
        PrometheusScrape before = scrape();

        api.logRun(alice, 5.2, "Happy");
        PrometheusScrape after = scrape();

        assertThat(increase(
                        before,
                        after,
                        "http_server_requests_seconds_count",
                        "method",
                        "POST",
                        "uri",
                        "/api/users/{userId}/runs",
                        "status",
                        "201"))
                .isEqualTo(1);
    }

    @Test
    void thePrimaryPool_andTheJvm_areMeasured() {
        PrometheusScrape metrics = scrape();

        assertThat(metrics.has("hikaricp_connections", "pool", "primary")).isTrue();
        assertThat(metrics.value("hikaricp_connections_max", "pool", "primary")).isEqualTo(5);
        assertThat(metrics.value("jvm_memory_used_bytes")).isPositive();
        assertThat(metrics.has("jvm_threads_live_threads")).isTrue();
    }

    private PrometheusScrape scrape() {
        Api.Response response = api.get(PROMETHEUS);
        assertThat(response.status()).isEqualTo(200);
        return PrometheusScrape.of(response.body());
    }

    private static double increase(
            PrometheusScrape before, PrometheusScrape after, String name, String... labelNamesAndValues) {
        return after.value(name, labelNamesAndValues) - before.value(name, labelNamesAndValues);
    }
}

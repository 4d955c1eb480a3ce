package dev.runlog.bootstrap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.runlog.bootstrap.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The running log grown up, over HTTP on MariaDB: dates, durations and pace, filters, stats, ETags. */
class RunningLogApiTest extends RunningAppTest {

    @Nested
    class DatesDurationsAndPace {

        @Test
        void aRunWithDateAndDuration_showsThem_andItsPace() {
            long alice = api.registerUser("Alice", "alice@example.com");

            Api.Response response = api.post(
                    "/api/users/" + alice + "/runs",
                    "{\"distance\": 5.2, \"mood\": \"Happy\", \"date\": \"2026-11-20\", \"duration\": \"PT25M30S\"}");

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.body())
                    .contains("\"date\":\"2026-11-20\"", "\"duration\":\"PT25M30S\"", "\"pace\":\"PT4M54S\"");
        }

        @Test
        void aRunWithoutDate_isDatedToday_andHasNoDurationOrPace() {
            long alice = api.registerUser("Alice", "alice@example.com");
            LocalDate before = LocalDate.now();

            JsonNode run = api.post("/api/users/" + alice + "/runs", "{\"distance\": 3}")
                    .json();

            assertThat(LocalDate.parse(run.get("date").asString())).isBetween(before, LocalDate.now());
            assertThat(run.get("duration").isNull()).isTrue();
            assertThat(run.get("pace").isNull()).isTrue();
        }

        @Test
        void badDatesAndDurations_areListedWithTheOtherBadFields_andNothingIsStored() {
            long alice = api.registerUser("Alice", "alice@example.com");

            Api.Response response = api.post(
                    "/api/users/" + alice + "/runs",
                    "{\"distance\": -1, \"date\": \"24/11/2026\", \"duration\": \"25 minutes\"}");

            assertValidationProblem(response, "distance", "date", "duration");
            assertThat(storedRuns()).isZero();
        }
    }

    @Nested
    class Filters {

        @Test
        void runsAreFilteredByDatesAndMood_andNextKeepsTheFilter() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long bob = api.registerUser("Bob", "bob@example.com");
            List<Long> happyInNovember = new ArrayList<>();
            for (int day = 1; day <= 5; day++) {
                happyInNovember.add(logRun(alice, "Happy", "2026-11-0" + day));
                logRun(alice, "Tired", "2026-11-0" + day);
            }
            logRun(alice, "Happy", "2026-12-01");
            happyInNovember.add(logRun(bob, "happy", "2026-11-30"));

            List<Long> seen = new ArrayList<>();
            String next = "/api/runs?from=2026-11-01&to=2026-11-30&mood=Happy&limit=2";
            while (next != null) {
                JsonNode page = api.get(next).json();
                page.get("items").forEach(run -> seen.add(run.get("id").asLong()));
                next = page.get("next").isNull() ? null : page.get("next").asString();
                if (next != null) {
                    assertThat(next).contains("from=2026-11-01", "to=2026-11-30", "mood=Happy");
                }
            }
            assertThat(seen).containsExactlyElementsOf(happyInNovember);

            JsonNode alicesTiredRuns = api.get("/api/users/" + alice + "/runs?mood=tired&from=2026-11-03")
                    .json();
            assertThat(alicesTiredRuns.get("items")).hasSize(3);
        }

        @ParameterizedTest
        @ValueSource(strings = {"from=yesterday", "to=2026-02-30", "from=2026-11-30&to=2026-11-01", "mood=%20"})
        void aBadFilter_isA400(String query) {
            assertThat(api.get("/api/runs?" + query).status()).isEqualTo(400);
        }
    }

    @Nested
    class Stats {

        @Test
        void aUserWithoutRuns_hasZeroRunsAndMilesAndNoAverages() {
            long alice = api.registerUser("Alice", "alice@example.com");

            Api.Response response = api.get("/api/users/" + alice + "/stats");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body())
                    .isEqualTo("{\"runs\":0,\"totalMiles\":0.0,\"averageMiles\":null,"
                            + "\"longestMiles\":null,\"bestPace\":null,\"moods\":[]}");
        }

        @Test
        void aUsersStats_sumUpTheirRuns() {
            long alice = api.registerUser("Alice", "alice@example.com");
            api.post(
                    "/api/users/" + alice + "/runs",
                    "{\"distance\": 5.2, \"mood\": \"Happy\", \"duration\": \"PT26M\"}");
            api.post(
                    "/api/users/" + alice + "/runs",
                    "{\"distance\": 10, \"mood\": \"Happy\", \"duration\": \"PT80M\"}");
            api.post("/api/users/" + alice + "/runs", "{\"distance\": 2.8}");

            JsonNode stats = api.get("/api/users/" + alice + "/stats").json();

            assertThat(stats.get("runs").asLong()).isEqualTo(3);
            assertThat(stats.get("totalMiles").asDouble()).isEqualTo(18.0);
            assertThat(stats.get("averageMiles").asDouble()).isEqualTo(6.0);
            assertThat(stats.get("longestMiles").asDouble()).isEqualTo(10.0);
            assertThat(stats.get("bestPace").asString()).isEqualTo("PT5M");
            assertThat(stats.get("moods").get(0).get("mood").asString()).isEqualTo("Happy");
            assertThat(stats.get("moods").get(0).get("runs").asLong()).isEqualTo(2);
            assertThat(stats.get("moods").get(1).get("mood").isNull()).isTrue();
        }

        @Test
        void anUnknownUser_hasNoStats() {
            assertThat(api.get("/api/users/424242/stats").status()).isEqualTo(404);
        }
    }

    @Nested
    class SafeUpdates {

        @Test
        void aUsersETagStartsWithItsVersion_andAPutWithTheCurrentVersionApplies() {
            long alice = api.registerUser("Alice", "alice@example.com");
            assertThat(api.get("/api/users/" + alice).header("ETag")).startsWith("\"0-");

            Api.Response put = withIfMatch(
                    "PUT", "/api/users/" + alice, "\"0\"", "{\"username\": \"Al\", \"email\": \"al@example.com\"}");

            assertThat(put.status()).isEqualTo(200);
            assertThat(put.header("ETag")).isEqualTo("\"1\"");
            assertThat(api.get("/api/users/" + alice).header("ETag")).startsWith("\"1-");
        }

        @Test
        void aPutOrDeleteWithAStaleETag_is412_andChangesNothing() {
            long alice = api.registerUser("Alice", "alice@example.com");
            api.put("/api/users/" + alice, "{\"username\": \"Changed elsewhere\", \"email\": \"alice@example.com\"}");

            Api.Response stalePut = withIfMatch(
                    "PUT",
                    "/api/users/" + alice,
                    "\"0\"",
                    "{\"username\": \"Mine\", \"email\": \"alice@example.com\"}");
            Api.Response staleDelete = withIfMatch("DELETE", "/api/users/" + alice, "\"0\"", null);

            for (Api.Response stale : List.of(stalePut, staleDelete)) {
                assertThat(stale.status()).isEqualTo(412);
                assertThat(stale.contentType()).isEqualTo("application/problem+json");
                assertThat(stale.json().get("type").asString()).isEqualTo("urn:runlog:problem:stale-version");
            }
            assertThat(api.get("/api/users/" + alice).json().get("username").asString())
                    .isEqualTo("Changed elsewhere");
        }

        @Test
        void aRunCarriesAVersionToo() {
            long alice = api.registerUser("Alice", "alice@example.com");
            Api.Response logged = api.post("/api/users/" + alice + "/runs", "{\"distance\": 5.2}");
            String run = logged.header("Location");
            assertThat(logged.header("ETag")).isEqualTo("\"0\"");

            assertThat(withIfMatch("PUT", run, "\"0\"", "{\"distance\": 6}").header("ETag"))
                    .isEqualTo("\"1\"");
            assertThat(withIfMatch("PUT", run, "\"0\"", "{\"distance\": 7}").status())
                    .isEqualTo(412);
            assertThat(withIfMatch("DELETE", run, "\"0\"", null).status()).isEqualTo(412);
            assertThat(api.get(run).json().get("distance").asDouble()).isEqualTo(6.0);
            assertThat(withIfMatch("DELETE", run, "\"1\"", null).status()).isEqualTo(204);
        }

        @ParameterizedTest
        @ValueSource(strings = {"W/\"0\"", "\"0\", \"1\"", "0", "\"0-abc\"", "nonsense"})
        void anIfMatchThatCannotMatch_is412(String ifMatch) {
            long alice = api.registerUser("Alice", "alice@example.com");

            assertThat(withIfMatch("DELETE", "/api/users/" + alice, ifMatch, null)
                            .status())
                    .isEqualTo(412);
            assertThat(storedUsers()).isEqualTo(1);
        }

        @Test
        void withoutIfMatch_orWithAStar_updatesApplyAsBefore() {
            long alice = api.registerUser("Alice", "alice@example.com");

            assertThat(api.put("/api/users/" + alice, "{\"username\": \"A\", \"email\": \"a@example.com\"}")
                            .status())
                    .isEqualTo(200);
            assertThat(withIfMatch("DELETE", "/api/users/" + alice, "*", null).status())
                    .isEqualTo(204);
        }
    }

    private long logRun(long userId, String mood, String date) {
        return api.post(
                        "/api/users/" + userId + "/runs",
                        "{\"distance\": 3, \"mood\": \"%s\", \"date\": \"%s\"}".formatted(mood, date))
                .json()
                .get("id")
                .asLong();
    }

    private Api.Response withIfMatch(String method, String path, String ifMatch, String json) {
        return api.send(method, path, json == null ? null : "application/json", json, "If-Match", ifMatch);
    }
}

package dev.runlog.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static dev.runlog.bootstrap.ProblemAssertions.assertProblem;
import static dev.runlog.bootstrap.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running log people would use, over HTTP on MariaDB: kilometres or miles, start times in the
 * runner's zone, summaries by week, month and year, and personal records, each a runner's own.
 */
class UnitsZonesSummariesAndRecordsTest extends RunningAppTest {

    private static final String ALICES_PASSWORD = "alice runs every day";

    @Autowired
    private JdbcClient jdbc;

    private long alice;
    private Api asAlice;

    @BeforeEach
    void aliceSignsUp() {
        Api anonymous = new Api(api.port());
        alice = anonymous
                .signUp("Alice", "alice@example.com", ALICES_PASSWORD)
                .json()
                .get("id")
                .asLong();
        asAlice = anonymous.signedInAs("alice@example.com", ALICES_PASSWORD);
    }

    @Nested
    class KilometresOrMiles {

        @Test
        void tenKilometresLogged_readTenKilometres_everywhereTheRunIsShown() {
            long run = logRun("{\"distance\": 10, \"unit\": \"km\", \"date\": \"2026-11-24\"}")
                    .get("id")
                    .asLong();

            assertThat(asAlice.get("/api/runs/" + run).body()).contains("\"distance\":10.0,", "\"unit\":\"km\"");
            assertThat(asAlice.get("/api/users/" + alice)
                            .json()
                            .get("runs")
                            .get(0)
                            .get("distance")
                            .asDouble())
                    .isEqualTo(10.0);
            assertThat(asAlice.get("/api/users/" + alice + "/runs")
                            .json()
                            .get("items")
                            .get(0)
                            .get("unit")
                            .asString())
                    .isEqualTo("km");
        }

        @Test
        void askingForMiles_convertsTheDistanceAndThePace() {
            long run = logRun("{\"distance\": 10, \"unit\": \"km\", \"date\": \"2026-11-24\", \"duration\": \"PT50M\"}")
                    .get("id")
                    .asLong();

            JsonNode inMiles = asAlice.get("/api/runs/" + run + "?unit=mi").json();

            assertThat(BigDecimal.valueOf(inMiles.get("distance").asDouble()).setScale(4, RoundingMode.HALF_UP))
                    .isEqualByComparingTo("6.2137");
            assertThat(inMiles.get("unit").asString()).isEqualTo("mi");
            assertThat(inMiles.get("pace").asString()).isEqualTo("PT8M3S");
            assertThat(asAlice.get("/api/runs/" + run).json().get("pace").asString())
                    .isEqualTo("PT5M");
        }

        @Test
        void aRunLoggedAsTheTutorialDid_readsAsBefore_inMilesWithoutAStart() {
            JsonNode run = logRun("{\"distance\": 5.2, \"mood\": \"Happy\", \"date\": \"2026-11-24\"}");

            assertThat(run.get("distance").asDouble()).isEqualTo(5.2);
            assertThat(run.get("unit").asString()).isEqualTo("mi");
            assertThat(run.get("start").isNull()).isTrue();
            assertThat(run.get("zone").isNull()).isTrue();
        }

        @Test
        void anUnknownUnit_isA400NamingIt_andNothingIsStored() {
            assertValidationProblem(
                    asAlice.post("/api/users/" + alice + "/runs", "{\"distance\": 10, \"unit\": \"yd\"}"), "unit");
            assertValidationProblem(asAlice.get("/api/users/" + alice + "/runs?unit=furlong"), "unit");
            assertThat(storedRuns()).isZero();
        }
    }

    @Nested
    class StartTimes {

        @Test
        void aStartWithItsOffset_datesTheRun_andReadsBackAsSent() {
            JsonNode run = logRun("{\"distance\": 5, \"start\": \"2026-11-24T07:30:00+01:00\"}");

            assertThat(run.get("date").asString()).isEqualTo("2026-11-24");
            assertThat(run.get("start").asString()).isEqualTo("2026-11-24T07:30:00+01:00");
        }

        @Test
        void aLocalStartWithoutAZone_isInTheRunnersZone() {
            asAlice.put("/api/users/" + alice + "/preferences", "{\"timeZone\": \"Europe/Paris\"}");

            JsonNode run = logRun("{\"distance\": 5, \"start\": \"2026-07-14T07:30:00\"}");

            assertThat(run.get("start").asString()).isEqualTo("2026-07-14T07:30:00+02:00");
            assertThat(run.get("zone").asString()).isEqualTo("Europe/Paris");
        }

        @Test
        void anUnknownZone_orATimeTheClocksSkipped_isA400_andNothingIsStored() {
            assertValidationProblem(
                    asAlice.post(
                            "/api/users/" + alice + "/runs",
                            "{\"distance\": 5, \"start\": \"2026-11-24T07:30:00\", \"zone\": \"Mars/Olympus\"}"),
                    "zone");
            assertValidationProblem(
                    asAlice.post(
                            "/api/users/" + alice + "/runs",
                            "{\"distance\": 5, \"start\": \"2026-03-29T02:30:00\", \"zone\": \"Europe/Paris\"}"),
                    "start");
            assertThat(storedRuns()).isZero();
        }
    }

    @Nested
    class Preferences {

        @Test
        void aNewRunner_hasTheDefaults_andMayChooseOthers() {
            assertThat(asAlice.get("/api/users/" + alice + "/preferences").body())
                    .isEqualTo("{\"unit\":\"mi\",\"timeZone\":\"UTC\",\"weekStartsOn\":\"monday\"}");

            Api.Response changed = asAlice.put(
                    "/api/users/" + alice + "/preferences",
                    "{\"unit\": \"km\", \"timeZone\": \"Europe/Paris\", \"weekStartsOn\": \"sunday\"}");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(asAlice.get("/api/users/" + alice + "/preferences").body())
                    .isEqualTo("{\"unit\":\"km\",\"timeZone\":\"Europe/Paris\",\"weekStartsOn\":\"sunday\"}");
        }

        @Test
        void badPreferences_nameEveryBadField_andChangeNothing() {
            assertValidationProblem(
                    asAlice.put(
                            "/api/users/" + alice + "/preferences",
                            "{\"unit\": \"yd\", \"timeZone\": \"Europe/Atlantis\", \"weekStartsOn\": \"friday\"}"),
                    "unit",
                    "timeZone",
                    "weekStartsOn");
            assertThat(asAlice.get("/api/users/" + alice + "/preferences")
                            .json()
                            .get("unit")
                            .asString())
                    .isEqualTo("mi");
        }
    }

    @Nested
    class Summaries {

        @Test
        void aWeeklySummary_isInTheRunnersUnit_withEveryWeekOfTheRange() {
            asAlice.put("/api/users/" + alice + "/preferences", "{\"unit\": \"km\", \"timeZone\": \"Europe/Paris\"}");
            logRun("{\"distance\": 10, \"unit\": \"km\", \"start\": \"2026-11-24T07:30:00\", \"duration\": \"PT50M\"}");
            logRun("{\"distance\": 5, \"unit\": \"km\", \"start\": \"2026-11-26T18:00:00\", \"duration\": \"PT26M\"}");

            JsonNode summaries = asAlice.get(
                            "/api/users/" + alice + "/summaries?period=week&from=2026-11-16&to=2026-12-06")
                    .json();

            assertThat(summaries.get("unit").asString()).isEqualTo("km");
            JsonNode weeks = summaries.get("items");
            assertThat(weeks).hasSize(3);
            JsonNode empty = weeks.get(0);
            assertThat(empty.get("start").asString()).isEqualTo("2026-11-16");
            assertThat(empty.get("runs").asLong()).isZero();
            assertThat(empty.get("averagePace").isNull()).isTrue();
            JsonNode week = weeks.get(1);
            assertThat(week.get("start").asString()).isEqualTo("2026-11-23");
            assertThat(week.get("end").asString()).isEqualTo("2026-11-29");
            assertThat(week.get("runs").asLong()).isEqualTo(2);
            assertThat(week.get("distance").asDouble()).isEqualTo(15.0);
            assertThat(week.get("duration").asString()).isEqualTo("PT1H16M");
            assertThat(week.get("averageDuration").asString()).isEqualTo("PT38M");
            assertThat(week.get("averagePace").asString()).isEqualTo("PT5M4S");
            assertThat(week.get("longestDistance").asDouble()).isEqualTo(10.0);
            assertThat(weeks.get(2).get("runs").asLong()).isZero();
        }

        /** 00:30 on New Year's Day in Paris is still 31 December in UTC. */
        @Test
        void aRunAtHalfPastMidnightOnNewYearsDayInParis_countsInJanuary() {
            logRun("{\"distance\": 3, \"start\": \"2027-01-01T00:30:00\", \"zone\": \"Europe/Paris\"}");

            JsonNode months = asAlice.get(
                            "/api/users/" + alice + "/summaries?period=month&from=2026-12-01&to=2027-01-31")
                    .json()
                    .get("items");

            assertThat(months.get(0).get("runs").asLong()).isZero();
            assertThat(months.get(1).get("start").asString()).isEqualTo("2027-01-01");
            assertThat(months.get(1).get("runs").asLong()).isEqualTo(1);
        }

        @Test
        void followingNext_visitsEveryPeriodOnce() {
            String next = "/api/users/" + alice + "/summaries?period=month&from=2026-01-01&to=2026-12-31&limit=5";
            int months = 0;
            while (next != null) {
                JsonNode page = asAlice.get(next).json();
                months += page.get("items").size();
                next = page.get("next").isNull() ? null : page.get("next").asString();
            }
            assertThat(months).isEqualTo(12);
        }

        @Test
        void badPeriodsDatesAndUnits_areA400NamingEach() {
            assertValidationProblem(
                    asAlice.get("/api/users/" + alice + "/summaries?period=fortnight&from=yesterday&unit=yd"),
                    "period",
                    "from",
                    "unit");
        }

        @Test
        void withoutParameters_theLastTwelveWeeksAnswer() {
            assertThat(asAlice.get("/api/users/" + alice + "/summaries").json().get("items"))
                    .hasSize(12);
        }

        /** MariaDB adds up each day; the app never holds the runs. */
        @Test
        void aSummaryOfAHundredThousandRuns_answersInOneRequest() {
            jdbc.sql("insert into run (distance, date, duration_seconds, user_id) "
                            + "select 1 + seq % 20, date '2017-01-02' + interval seq % 3640 day, 1200 + seq % 2400, ? "
                            + "from seq_1_to_100000")
                    .param(alice)
                    .update();

            JsonNode weeks = asAlice.get(
                            "/api/users/" + alice + "/summaries?period=week&from=2017-01-02&to=2026-12-20&limit=1000")
                    .json();

            long runs = 0;
            for (JsonNode week : weeks.get("items")) {
                runs += week.get("runs").asLong();
            }
            assertThat(weeks.get("items")).hasSize(520);
            assertThat(runs).isEqualTo(100_000);
            assertThat(weeks.get("next").isNull()).isTrue();
        }
    }

    @Nested
    class Records {

        @Test
        void aFasterLongerRun_holdsTheFiveKRecord_withItsTimeProjected_andDeletingItMovesTheRecord() {
            long fiveK = logRun(
                            "{\"distance\": 5, \"unit\": \"km\", \"date\": \"2026-11-01\", \"duration\": \"PT25M\"}")
                    .get("id")
                    .asLong();
            long tenK = logRun(
                            "{\"distance\": 10, \"unit\": \"km\", \"date\": \"2026-11-08\", \"duration\": \"PT48M\"}")
                    .get("id")
                    .asLong();

            JsonNode atFiveK = recordAt(
                    asAlice.get("/api/users/" + alice + "/records?unit=km").json(), "5k");
            assertThat(atFiveK.get("run").get("id").asLong()).isEqualTo(tenK);
            assertThat(atFiveK.get("time").asString()).isEqualTo("PT24M");
            assertThat(atFiveK.get("projected").asBoolean()).isTrue();

            asAlice.delete("/api/runs/" + tenK);

            JsonNode afterwards =
                    recordAt(asAlice.get("/api/users/" + alice + "/records").json(), "5k");
            assertThat(afterwards.get("run").get("id").asLong()).isEqualTo(fiveK);
            assertThat(afterwards.get("time").asString()).isEqualTo("PT25M");
            assertThat(afterwards.get("projected").asBoolean()).isFalse();
        }

        @Test
        void aRunnerWithoutRuns_hasNoRecords() {
            JsonNode records = asAlice.get("/api/users/" + alice + "/records").json();

            assertThat(records.get("unit").asString()).isEqualTo("mi");
            assertThat(records.get("records")).isEmpty();
        }

        private JsonNode recordAt(JsonNode records, String distance) {
            for (JsonNode record : records.get("records")) {
                if (record.get("record").asString().equals(distance)) {
                    return record;
                }
            }
            throw new AssertionError("no record at " + distance + " in " + records);
        }
    }

    @Nested
    class AnotherRunners {

        @Test
        void summariesRecordsAndPreferences_areMissing_andUnchanged() {
            Api anonymous = new Api(api.port());
            anonymous.signUp("Bob", "bob@example.com", "bob runs in the rain");
            Api asBob = anonymous.signedInAs("bob@example.com", "bob runs in the rain");

            for (String path : new String[] {"/summaries", "/records", "/preferences"}) {
                assertProblem(asBob.get("/api/users/" + alice + path), 404);
            }
            assertProblem(asBob.put("/api/users/" + alice + "/preferences", "{\"unit\": \"km\"}"), 404);
            assertThat(asAlice.get("/api/users/" + alice + "/preferences")
                            .json()
                            .get("unit")
                            .asString())
                    .isEqualTo("mi");
        }
    }

    private JsonNode logRun(String json) {
        Api.Response response = asAlice.post("/api/users/" + alice + "/runs", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}

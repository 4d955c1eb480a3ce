package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.runlog.bootstrap.TutorialDatabaseAdoptionTest.TUTORIAL_RUN_TABLE;
import static dev.runlog.bootstrap.TutorialDatabaseAdoptionTest.TUTORIAL_USER_TABLE;
import static dev.runlog.bootstrap.TutorialDatabaseAdoptionTest.connect;
import static dev.runlog.bootstrap.TutorialDatabaseAdoptionTest.startAppOn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored data is always readable: rows that Runlog's rules would refuse as new input, but that the
 * schema allows and the tutorial's own app writes (a run of 0 miles with mood {@code ""}, a user
 * {@code bob@localhost}), are read, listed, paged and counted in stats by every GET, shown as
 * stored. Only new input is checked: a PUT of such a row must send valid values.
 */
class StoredDataIsReadableTest {

    private static final String FIFTY_CHARACTER_MOOD = "x".repeat(50);

    private static TestDatabase.Connection database;
    private static ConfigurableApplicationContext app;
    private static Api api;

    @BeforeAll
    static void tutorialRowsThatRunlogWouldRefuse() throws SQLException {
        database = TestDatabase.emptyDatabase("runlog_stored_rows");
        try (Connection jdbc = connect(database);
                Statement tutorial = jdbc.createStatement()) {
            tutorial.execute(TUTORIAL_USER_TABLE);
            tutorial.execute(TUTORIAL_RUN_TABLE);
            // The tutorial's app checks nothing: whatever its columns hold, it stores.
            tutorial.executeUpdate(
                    "INSERT INTO user (username, email) VALUES ('Bob', 'bob@localhost'), (' ', 'nobody')");
            tutorial.executeUpdate("INSERT INTO run (distance, mood, user_id) VALUES (0, '', 1), (-3.5, '   ', 1), "
                    + "(1500, '" + FIFTY_CHARACTER_MOOD + "', 1), (2, NULL, 2)");
        }
        app = startAppOn(database);
        api = Api.signedInAsAdmin(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        try (Connection jdbc = connect(database);
                Statement otherApp = jdbc.createStatement()) {
            // After adoption, another app's rows on Runlog's own columns: a duration of no time at all.
            otherApp.executeUpdate(
                    "INSERT INTO run (distance, mood, user_id, duration_seconds) VALUES (6.2, 'Happy', 2, 0)");
            otherApp.executeUpdate("INSERT INTO user (username, email) VALUES ('Tab\tby', 'TAB@localhost')");
        }
    }

    @AfterAll
    static void stopTheApp() {
        app.close();
    }

    @Test
    void everyUserIsListed_asStored() {
        JsonNode page = ok(api.get("/api/users")).get("items");

        // The admin this test signs in as was created when Runlog started, after the tutorial's rows.
        assertThat(valuesOf(page, "email"))
                .containsExactly("bob@localhost", "nobody", TestAdmin.EMAIL, "TAB@localhost");
        assertThat(valuesOf(page, "username")).containsExactly("Bob", " ", "admin", "Tab\tby");
    }

    @Test
    void aUserWithOddRuns_isShownWithThemAll_asStored() {
        JsonNode bob = ok(api.get("/api/users/1"));

        assertThat(bob.get("email").asString()).isEqualTo("bob@localhost");
        assertThat(valuesOf(bob.get("runs"), "mood")).containsExactly("", "   ", FIFTY_CHARACTER_MOOD);
        assertThat(distancesOf(bob.get("runs"))).containsExactly(0.0, -3.5, 1500.0);
        assertThat(bob.get("runs").get(0).get("date").isNull())
                .as("runs the tutorial logged have no date")
                .isTrue();
    }

    @Test
    void everyRunIsListedAndPaged_andEachIsShown_asStored() {
        List<Long> ids = new ArrayList<>();
        String next = "/api/runs?limit=1";
        while (next != null) {
            JsonNode page = ok(api.get(next));
            page.get("items").forEach(run -> ids.add(run.get("id").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asString();
        }

        assertThat(ids).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        for (long id : ids) {
            assertThat(ok(api.get("/api/runs/" + id)).get("user")).isNotNull();
        }
        assertThat(ok(api.get("/api/users/1/runs?limit=2")).get("items")).hasSize(2);
        assertThat(ok(api.get("/api/users/1/runs?mood=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
                        .get("items"))
                .hasSize(1);
    }

    @Test
    void oddRunsCountInStats_asStored() {
        JsonNode bob = ok(api.get("/api/users/1/stats"));
        assertThat(bob.get("runs").asLong()).isEqualTo(3);
        assertThat(bob.get("totalMiles").asDouble()).isEqualTo(1496.5);
        assertThat(bob.get("longestMiles").asDouble()).isEqualTo(1500.0);
        assertThat(valuesOf(bob.get("moods"), "mood")).containsExactly("", "   ", FIFTY_CHARACTER_MOOD);

        JsonNode nobody = ok(api.get("/api/users/2/stats"));
        assertThat(nobody.get("bestPace").asString()).as("6.2 miles in no time").isEqualTo("PT0S");
        assertThat(ok(api.get("/api/runs/5")).get("pace").asString()).isEqualTo("PT0S");
    }

    @Test
    void zeroDates_thatMariaDbStores_readAsNoDate() throws SQLException {
        // MariaDB's default sql_mode keeps '0000-00-00' and '2024-00-00': no day Java can name.
        long zero = insertedByAnotherApp("INSERT INTO run (distance, user_id, date) VALUES (1, 3, '0000-00-00')");
        long noDay = insertedByAnotherApp("INSERT INTO run (distance, user_id, date) VALUES (1, 3, '2024-00-00')");

        assertThat(ok(api.get("/api/runs/" + zero)).get("date").isNull()).isTrue();
        assertThat(ok(api.get("/api/runs/" + noDay)).get("date").isNull()).isTrue();
        assertThat(ok(api.get("/api/users/3")).get("runs")).isNotEmpty();
    }

    @Test
    void aRunOfNoDistance_hasNoPace() throws SQLException {
        long run = insertedByAnotherApp("INSERT INTO run (distance, user_id, duration_seconds) VALUES (0, 3, 600)");

        assertThat(ok(api.get("/api/runs/" + run)).get("pace").isNull()).isTrue();
        assertThat(ok(api.get("/api/users/3/stats")).get("bestPace").isNull()).isTrue();
    }

    @Test
    void changingAnOddRow_takesValidValuesOnly() throws SQLException {
        long run = insertedByAnotherApp("INSERT INTO run (distance, mood, user_id) VALUES (-2, '', 3)");

        assertThat(api.put("/api/runs/" + run, "{\"distance\": -2, \"mood\": \"\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.put("/api/users/3", "{\"username\": \"Tab\\tby\", \"email\": \"TAB@localhost\"}")
                        .status())
                .isEqualTo(400);
        assertThat(ok(api.get("/api/runs/" + run)).get("distance").asDouble())
                .as("unchanged")
                .isEqualTo(-2);

        assertThat(api.put("/api/runs/" + run, "{\"distance\": 3.5, \"mood\": \"Fine\"}")
                        .status())
                .isEqualTo(200);
    }

    private static long insertedByAnotherApp(String insert) throws SQLException {
        try (Connection jdbc = connect(database);
                Statement otherApp = jdbc.createStatement()) {
            otherApp.executeUpdate(insert, Statement.RETURN_GENERATED_KEYS);
            try (var keys = otherApp.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> valuesOf(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item ->
                values.add(item.get(field).isNull() ? null : item.get(field).asString()));
        return values;
    }

    private static List<Double> distancesOf(JsonNode runs) {
        List<Double> distances = new ArrayList<>();
        runs.forEach(run -> distances.add(run.get("distance").asDouble()));
        return distances;
    }
}

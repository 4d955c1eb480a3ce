package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database made by the tutorial's db.create_all(), with the tutorial's rows in it: Runlog,
 * pointed at it, adopts it (Flyway records it as version 1 and migrates it on), keeps every row,
 * reads 5.2 as 5.2, and the tutorial's app can go on reading and writing it afterwards.
 */
class TutorialDatabaseAdoptionTest {

    /** The tutorial's tables as MariaDB shows them (SHOW CREATE TABLE), on a latin1 server. */
    static final String TUTORIAL_USER_TABLE = """
            CREATE TABLE `user` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `username` varchar(80) NOT NULL,
              `email` varchar(120) NOT NULL,
              PRIMARY KEY (`id`),
              UNIQUE KEY `email` (`email`)
            ) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci""";

    static final String TUTORIAL_RUN_TABLE = """
            CREATE TABLE `run` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `distance` float NOT NULL,
              `mood` varchar(50) DEFAULT NULL,
              `user_id` int(11) NOT NULL,
              PRIMARY KEY (`id`),
              KEY `user_id` (`user_id`),
              CONSTRAINT `run_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
            ) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci""";

    @Test
    void runlogAdoptsTheTutorialsDatabase_keepingEveryRow_andTheTutorialCanStillUseIt() throws SQLException {
        TestDatabase.Connection tutorialDb = TestDatabase.emptyDatabase("runlog_tutorial_adoption");
        try (Connection jdbc = connect(tutorialDb);
                Statement tutorial = jdbc.createStatement()) {
            tutorial.execute(TUTORIAL_USER_TABLE);
            tutorial.execute(TUTORIAL_RUN_TABLE);
            // >>> db.session.add(User(username='Alice', email='alice@example.com')) ... commit()
            tutorial.executeUpdate("INSERT INTO user (username, email) VALUES "
                    + "('Alice', 'alice@example.com'), ('Zoë', 'zoe@example.com')");
            tutorial.executeUpdate("INSERT INTO run (distance, mood, user_id) VALUES "
                    + "(5.2, 'Happy', 1), (123.4567, NULL, 1), (26.2, 'Grand', 2)");
        }

        try (ConfigurableApplicationContext app = startAppOn(tutorialDb)) {
            Api api = Api.signedInAsAdmin(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

            JsonNode alice = api.get("/api/users/1").json();
            assertThat(alice.get("email").asString()).isEqualTo("alice@example.com");
            assertThat(distancesOf(alice.get("runs"))).containsExactly(5.2, 123.4567);
            assertThat(api.get("/api/users/2").json().get("username").asString())
                    .isEqualTo("Zoë");
            assertThat(api.get("/api/runs").json().get("items")).hasSize(3);

            // Runlog's rules now hold on the adopted tables: emails unique ignoring case, runs go with their user.
            assertThat(api.post("/api/users", "{\"username\": \"A\", \"email\": \"ALICE@example.com\"}")
                            .status())
                    .isEqualTo(409);
            long runlogsRun = api.logRun(1, 3.3, "Runlog 🏃");
            assertThat(api.get("/api/runs/" + runlogsRun).json().get("mood").asString())
                    .isEqualTo("Runlog 🏃");

            // The tutorial's users have no password: none can sign in until an admin sets one.
            Api anonymous = new Api(api.port());
            assertThat(anonymous.signIn("alice@example.com", "").status()).isEqualTo(401);
            assertThat(api.put("/api/users/1/password", "{\"newPassword\": \"alice's first password\"}")
                            .status())
                    .isEqualTo(204);
            Api asAlice = anonymous.signedInAs("alice@example.com", "alice's first password");
            assertThat(distancesOf(asAlice.get("/api/users/1").json().get("runs")))
                    .containsExactly(5.2, 123.4567, 3.3);
            assertThat(asAlice.get("/api/users/2").status())
                    .as("Zoë's, to Alice")
                    .isEqualTo(404);
        }

        try (Connection jdbc = connect(tutorialDb)) {
            assertThat(appliedMigrations(jdbc)).startsWith("1:BASELINE", "2:SQL");

            // The tutorial's app, afterwards: its own statements still work on the adopted tables.
            try (PreparedStatement addUser = jdbc.prepareStatement("INSERT INTO user (username, email) VALUES (?, ?)");
                    PreparedStatement addRun =
                            jdbc.prepareStatement("INSERT INTO run (distance, mood, user_id) VALUES (?, ?, ?)")) {
                addUser.setString(1, "Bob");
                addUser.setString(2, "bob@example.com");
                addUser.executeUpdate();
                addRun.setDouble(1, 3.1);
                addRun.setString(2, "Tired");
                addRun.setInt(3, 1);
                addRun.executeUpdate();
            }
            try (Statement tutorial = jdbc.createStatement();
                    ResultSet runs =
                            tutorial.executeQuery("SELECT run.id, run.distance, run.mood, run.user_id FROM run "
                                    + "WHERE run.user_id = 1 ORDER BY run.id")) {
                List<Double> distances = new ArrayList<>();
                while (runs.next()) {
                    distances.add(runs.getDouble("distance"));
                }
                assertThat(distances).containsExactly(5.2, 123.4567, 3.3, 3.1);
            }
        }
    }

    /** Starts the app on this database, with these settings ({@code name=value}) as command-line arguments. */
    static ConfigurableApplicationContext startAppOn(TestDatabase.Connection db, String... settings) {
        Stream<String> database = Stream.of(
                "server.port=0",
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password());
        return new SpringApplicationBuilder(RunlogApplication.class)
                .run(Stream.concat(database, Stream.of(settings))
                        .map(setting -> "--" + setting)
                        .toArray(String[]::new));
    }

    static Connection connect(TestDatabase.Connection db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    private static List<String> appliedMigrations(Connection jdbc) throws SQLException {
        List<String> migrations = new ArrayList<>();
        try (Statement statement = jdbc.createStatement();
                ResultSet history = statement.executeQuery(
                        "select version, type from flyway_schema_history where success order by installed_rank")) {
            while (history.next()) {
                migrations.add(history.getString("version") + ":" + history.getString("type"));
            }
        }
        return migrations;
    }

    private static List<Double> distancesOf(JsonNode runs) {
        List<Double> distances = new ArrayList<>();
        runs.forEach(run -> distances.add(run.get("distance").asDouble()));
        return distances;
    }
}

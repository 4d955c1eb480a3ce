package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.runlog.bootstrap.ProblemAssertions.assertProblem;
import static dev.runlog.bootstrap.TutorialDatabaseAdoptionTest.connect;
import static dev.runlog.bootstrap.TutorialDatabaseAdoptionTest.startAppOn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator configures about signing in, each test on an app of its own and a database of
 * its own: the first admin ({@code runlog.admin.email} and {@code .password}), and sign-up closed
 * ({@code runlog.security.sign-up=closed}) so that only admins create users.
 */
class SignInConfigurationTest {

    private static final String BOSS_EMAIL = "boss@example.com";
    private static final String BOSS_PASSWORD = "the boss runs the show";
    private static final String ALICE_EMAIL = "alice@example.com";
    private static final String ALICE_PASSWORD = "Alice runs at dawn";

    @Test
    void theConfiguredAdmin_isCreatedOnAnEmptyDatabase_namedAdmin_andSeesEveryone() {
        TestDatabase.Connection db = TestDatabase.emptyDatabase("runlog_configured_admin");
        try (ConfigurableApplicationContext app =
                startAppOn(db, "runlog.admin.email=" + BOSS_EMAIL, "runlog.admin.password=" + BOSS_PASSWORD)) {
            Api anonymous = Api.of(app);
            assertThat(anonymous.signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD).status())
                    .isEqualTo(201);

            JsonNode users = anonymous
                    .signedInAs(BOSS_EMAIL, BOSS_PASSWORD)
                    .get("/api/users")
                    .json()
                    .get("items");

            assertThat(valuesOf(users, "email")).containsExactly(BOSS_EMAIL, ALICE_EMAIL);
            assertThat(valuesOf(users, "username")).containsExactly("admin", "Alice");
            assertThat(valuesOf(
                            anonymous
                                    .signedInAs(ALICE_EMAIL, ALICE_PASSWORD)
                                    .get("/api/users")
                                    .json()
                                    .get("items"),
                            "email"))
                    .as("what a runner sees")
                    .containsExactly(ALICE_EMAIL);
            assertThat(anonymous.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD).status())
                    .as("the tests' usual admin, whom this configuration replaces")
                    .isEqualTo(401);
        }
    }

    @Test
    void aRunnerWithTheConfiguredEmail_isMadeAdminAtTheNextStart_andKeepsTheirOwnPassword() {
        TestDatabase.Connection db = TestDatabase.emptyDatabase("runlog_admin_from_a_runner");
        try (ConfigurableApplicationContext app = startAppOn(db)) {
            Api anonymous = Api.of(app);
            assertThat(anonymous
                            .signUp("Carol", "carol@example.com", "Carol's own password")
                            .status())
                    .isEqualTo(201);
            assertThat(anonymous.signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD).status())
                    .isEqualTo(201);
        }

        try (ConfigurableApplicationContext app = startAppOn(
                db, "runlog.admin.email=CAROL@Example.com", "runlog.admin.password=what the configuration says")) {
            Api anonymous = Api.of(app);

            JsonNode users = anonymous
                    .signedInAs("carol@example.com", "Carol's own password")
                    .get("/api/users")
                    .json()
                    .get("items");

            assertThat(valuesOf(users, "email")).containsExactly(TestAdmin.EMAIL, "carol@example.com", ALICE_EMAIL);
            assertThat(valuesOf(users, "username"))
                    .as("Carol keeps her name")
                    .containsExactly("admin", "Carol", "Alice");
            assertThat(anonymous
                            .signIn("carol@example.com", "what the configuration says")
                            .status())
                    .as("the configured password is for an account that has none")
                    .isEqualTo(401);
        }
    }

    @Test
    void withSignUpClosed_nobodySignsUp_butAnAdminStillCreatesUsers_withOrWithoutAPassword() throws SQLException {
        TestDatabase.Connection db = TestDatabase.emptyDatabase("runlog_sign_up_closed");
        try (ConfigurableApplicationContext app = startAppOn(db, "runlog.security.sign-up=closed")) {
            Api anonymous = Api.of(app);
            long before = storedUsers(db);

            Api.Response signUp = anonymous.signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);

            JsonNode problem = assertProblem(signUp, 403);
            assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:not-allowed");
            assertThat(storedUsers(db)).isEqualTo(before);

            Api admin = anonymous.signedInAs(TestAdmin.EMAIL, TestAdmin.PASSWORD);
            Api.Response withPassword = admin.post(
                    "/api/users", Api.json("username", "Alice", "email", ALICE_EMAIL, "password", ALICE_PASSWORD));
            Api.Response withoutPassword =
                    admin.post("/api/users", Api.json("username", "Bob", "email", "bob@example.com"));

            assertThat(withPassword.status()).as(withPassword.body()).isEqualTo(201);
            assertThat(withoutPassword.status()).as(withoutPassword.body()).isEqualTo(201);
            assertThat(storedUsers(db)).isEqualTo(before + 2);
            Api asAlice = anonymous.signedInAs(ALICE_EMAIL, ALICE_PASSWORD);

            Api.Response byARunner =
                    asAlice.post("/api/users", Api.json("username", "Eve", "email", "eve@example.com"));

            assertThat(assertProblem(byARunner, 403).get("type").asString())
                    .isEqualTo("urn:runlog:problem:not-allowed");
            assertThat(storedUsers(db)).isEqualTo(before + 2);
        }
    }

    private static long storedUsers(TestDatabase.Connection db) throws SQLException {
        try (Connection jdbc = connect(db);
                Statement statement = jdbc.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from user")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static List<String> valuesOf(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }
}

package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static dev.runlog.bootstrap.TutorialDatabaseAdoptionTest.startAppOn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords and tokens never reach the log, whichever way they come in (a sign-up, a Basic
 * header, a bearer token, a password change) and however the request ends (done, refused,
 * rejected as invalid), even with every request logged as it is answered.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInLoggingTest {

    private static final String REQUEST_LOG = "dev.runlog.web.RequestIdFilter";

    private static final String ALICE_EMAIL = "alice@example.com";
    private static final String FIRST_PASSWORD = "Alice runs at dawn";
    private static final String SECOND_PASSWORD = "Alice runs at dusk now";
    private static final String SET_BY_THE_ADMIN = "the admin chose this one";
    private static final String WRONG_PASSWORD = "a guess at Alice's password";
    private static final String REJECTED_PASSWORD = "far too long for Runlog ".repeat(6);

    @Test
    void noPasswordOrToken_reachesTheLog_evenWithEveryRequestLogged(CapturedOutput output) {
        TestDatabase.Connection db = TestDatabase.emptyDatabase("runlog_sign_in_logging");
        List<String> secrets = new ArrayList<>(List.of(
                TestAdmin.PASSWORD,
                FIRST_PASSWORD,
                SECOND_PASSWORD,
                SET_BY_THE_ADMIN,
                WRONG_PASSWORD,
                REJECTED_PASSWORD,
                basic(ALICE_EMAIL, FIRST_PASSWORD),
                basic(ALICE_EMAIL, WRONG_PASSWORD),
                basic(ALICE_EMAIL, SECOND_PASSWORD)));
        long alice;
        try (ConfigurableApplicationContext app = startAppOn(db, "logging.level." + REQUEST_LOG + "=DEBUG")) {
            Api anonymous = Api.of(app);
            assertThat(anonymous
                            .signUp("Bob", "bob@example.com", REJECTED_PASSWORD)
                            .status())
                    .isEqualTo(400);
            Api.Response signedUp = anonymous.signUp("Alice", ALICE_EMAIL, FIRST_PASSWORD);
            assertThat(signedUp.status()).isEqualTo(201);
            alice = signedUp.json().get("id").asLong();

            Api asAlice = anonymous.signedInAs(ALICE_EMAIL, FIRST_PASSWORD);
            secrets.add(asAlice.token());
            assertThat(asAlice.get("/api/users/" + alice).status()).isEqualTo(200);
            assertThat(anonymous.signIn(ALICE_EMAIL, WRONG_PASSWORD).status()).isEqualTo(401);
            assertThat(asAlice.put(
                                    "/api/users/" + alice + "/password",
                                    Api.json("currentPassword", WRONG_PASSWORD, "newPassword", SECOND_PASSWORD))
                            .status())
                    .isEqualTo(400);
            assertThat(asAlice.put(
                                    "/api/users/" + alice + "/password",
                                    Api.json("currentPassword", FIRST_PASSWORD, "newPassword", SECOND_PASSWORD))
                            .status())
                    .isEqualTo(204);
            assertThat(asAlice.get("/api/users/" + alice).status())
                    .as("the revoked token")
                    .isEqualTo(401);

            Api again = anonymous.signedInAs(ALICE_EMAIL, SECOND_PASSWORD);
            secrets.add(again.token());
            // Basic where a bearer token belongs: refused, and the credentials in it kept out of the log.
            assertThat(anonymous
                            .send(
                                    "GET",
                                    "/api/users/" + alice,
                                    null,
                                    null,
                                    "Authorization",
                                    "Basic " + basic(ALICE_EMAIL, SECOND_PASSWORD))
                            .status())
                    .isEqualTo(401);
            assertThat(again.delete("/api/tokens/current").status()).isEqualTo(204);

            Api admin = anonymous.signedInAs(TestAdmin.EMAIL, TestAdmin.PASSWORD);
            secrets.add(admin.token());
            assertThat(admin.put("/api/users/" + alice + "/password", Api.json("newPassword", SET_BY_THE_ADMIN))
                            .status())
                    .isEqualTo(204);
            String forged = "rl_" + "A".repeat(43);
            secrets.add(forged);
            assertThat(anonymous.withToken(forged).get("/api/users").status()).isEqualTo(401);
        } finally {
            // The level outlives this app in the JVM's logging; other tests log requests only if they ask to.
            LoggingSystem.get(getClass().getClassLoader()).setLogLevel(REQUEST_LOG, null);
        }

        String log = output.getAll();
        assertThat(log)
                .as("the log, with every request in it")
                .contains("POST /api/users answered 400")
                .contains("POST /api/tokens answered 201")
                .contains("POST /api/tokens answered 401")
                .contains("PUT /api/users/" + alice + "/password answered 204")
                .contains("GET /api/users/" + alice + " answered 401");
        for (String secret : secrets) {
            assertThat(log).as("the log").doesNotContain(secret);
        }
        assertThat(log).as("the log").doesNotContain("Authorization");
    }

    private static String basic(String email, String password) {
        return Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

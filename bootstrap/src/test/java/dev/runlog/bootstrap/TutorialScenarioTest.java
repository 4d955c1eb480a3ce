package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flask-SQLAlchemy tutorial's shell session, played over HTTP against the whole app:
 * create Alice, log a 5.2-mile "Happy" run for her, list users, list runs, show Alice's runs.
 */
class TutorialScenarioTest extends RunningAppTest {

    @Test
    void theTutorialsShellSession() {
        // >>> alice = User(username='Alice', email='alice@example.com'); db.session.add(alice); db.session.commit()
        // Alice signs up herself, with a password, and signs in: the rest of the session is hers.
        Api.Response created = new Api(api.port()).post("/api/users", """
                {"username": "Alice", "email": "alice@example.com", "password": "correct horse battery staple"}""");
        assertThat(created.status()).isEqualTo(201);
        long aliceId = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/users/" + aliceId);
        Api.Response signedIn = api.signIn("alice@example.com", "correct horse battery staple");
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.json().get("tokenType").asString()).isEqualTo("Bearer");
        Api api = this.api.withToken(signedIn.json().get("token").asString());

        // >>> run = Run(distance=5.2, mood='Happy', user=alice); db.session.add(run); db.session.commit()
        Api.Response logged = api.post("/api/users/" + aliceId + "/runs", """
                {"distance": 5.2, "mood": "Happy"}""");
        assertThat(logged.status()).isEqualTo(201);
        long runId = logged.json().get("id").asLong();
        assertThat(logged.header("Location")).isEqualTo("/api/runs/" + runId);

        // >>> User.query.all()
        JsonNode users = api.get("/api/users").json();
        assertThat(users.get("items")).hasSize(1);
        assertThat(users.get("items").get(0).get("username").asString()).isEqualTo("Alice");
        assertThat(users.get("next").isNull()).isTrue();

        // >>> Run.query.all()
        JsonNode runs = api.get("/api/runs").json();
        assertThat(runs.get("items")).hasSize(1);
        assertThat(runs.get("items").get(0).get("distance").asDouble()).isEqualTo(5.2);

        // >>> alice.runs
        JsonNode alice = api.get("/api/users/" + aliceId).json();
        assertThat(alice.get("email").asString()).isEqualTo("alice@example.com");
        assertThat(alice.get("runs")).hasSize(1);
        JsonNode alicesRun = alice.get("runs").get(0);
        assertThat(alicesRun.get("id").asLong()).isEqualTo(runId);
        assertThat(alicesRun.get("distance").asDouble()).isEqualTo(5.2);
        assertThat(alicesRun.get("mood").asString()).isEqualTo("Happy");
        assertThat(alicesRun.get("userId").asLong()).isEqualTo(aliceId);

        // >>> run.user
        JsonNode run = api.get("/api/runs/" + runId).json();
        assertThat(run.get("user").get("username").asString()).isEqualTo("Alice");
    }

    @Test
    void aDistanceSentAs5point2_comesBackAs5point2_inTheJsonText() {
        long aliceId = api.registerUser("Alice", "alice@example.com");
        long runId = api.logRun(aliceId, 5.2, "Happy");

        assertThat(api.get("/api/runs/" + runId).body()).contains("\"distance\":5.2,");
    }
}

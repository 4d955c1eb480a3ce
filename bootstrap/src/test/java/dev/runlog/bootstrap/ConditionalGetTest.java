package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional requests over HTTP on MariaDB: a GET's ETag covers everything its answer shows, so
 * If-None-Match gets 304 only for an unchanged answer, while If-Match on a PUT or DELETE still asks
 * only whether the user or run itself is at the version the tag starts with.
 */
class ConditionalGetTest extends RunningAppTest {

    private static final String ALICE = "{\"username\": \"Alice\", \"email\": \"alice@example.com\"}";
    private static final String ALICIA = "{\"username\": \"Alicia\", \"email\": \"alice@example.com\"}";

    @Test
    void aGetsTag_isTheVersion_thenADigestOfTheBytesItSent() {
        long zoe = api.registerUser("Zoë 🏃", "zoe@example.com");
        api.logRun(zoe, 5.2, "Happy");

        Api.Response user = api.get("/api/users/" + zoe);

        assertThat(user.header("ETag")).isEqualTo("\"0-" + digestOf(user.body()) + "\"");
    }

    @Test
    void afterARunIsLogged_theUsersOldTag_gets200_showingTheRun() {
        long alice = api.registerUser("Alice", "alice@example.com");
        String before = api.get("/api/users/" + alice).header("ETag");
        long run = api.logRun(alice, 5.2, "Happy");

        Api.Response after = ifNoneMatch("/api/users/" + alice, before);

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("runs")).hasSize(1);
        assertThat(after.json().get("runs").get(0).get("id").asLong()).isEqualTo(run);
        assertThat(after.header("ETag")).startsWith("\"0-").isNotEqualTo(before);
    }

    @Test
    void afterTheUserIsRenamed_theRunsOldTag_gets200_withTheNewName() {
        long alice = api.registerUser("Alice", "alice@example.com");
        long run = api.logRun(alice, 5.2, "Happy");
        String before = api.get("/api/runs/" + run).header("ETag");
        api.put("/api/users/" + alice, ALICIA);

        Api.Response after = ifNoneMatch("/api/runs/" + run, before);

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("user").get("username").asString()).isEqualTo("Alicia");
        assertThat(after.header("ETag")).startsWith("\"0-").isNotEqualTo(before);
    }

    @Test
    void anUnchangedAnswer_askedIfNoneMatchItsTag_is304_withTheTagAndNoBody() {
        long alice = api.registerUser("Alice", "alice@example.com");
        long run = api.logRun(alice, 5.2, "Happy");

        for (String path : new String[] {"/api/users/" + alice, "/api/runs/" + run}) {
            String tag = api.get(path).header("ETag");

            Api.Response again = ifNoneMatch(path, tag);

            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.header("ETag")).as(path).isEqualTo(tag);
            assertThat(again.body()).as(path).isEmpty();
        }
    }

    @Test
    void aGetsTag_asIfMatch_letsAPutAndThenADeleteApply() {
        long alice = api.registerUser("Alice", "alice@example.com");
        long run = api.logRun(alice, 5.2, "Happy");

        Api.Response runPut = ifMatch("PUT", "/api/runs/" + run, getTag("/api/runs/" + run), "{\"distance\": 6}");
        Api.Response runDelete = ifMatch("DELETE", "/api/runs/" + run, getTag("/api/runs/" + run), null);
        Api.Response userPut = ifMatch("PUT", "/api/users/" + alice, getTag("/api/users/" + alice), ALICIA);
        Api.Response userDelete = ifMatch("DELETE", "/api/users/" + alice, getTag("/api/users/" + alice), null);

        assertThat(runPut.status()).isEqualTo(200);
        assertThat(runPut.header("ETag")).isEqualTo("\"1\"");
        assertThat(runDelete.status()).isEqualTo(204);
        assertThat(userPut.status()).isEqualTo(200);
        assertThat(userPut.header("ETag")).isEqualTo("\"1\"");
        assertThat(userDelete.status()).isEqualTo(204);
        assertThat(storedUsers()).isZero();
    }

    @Test
    void aRunLoggedSince_leavesTheUsersGetTagGoodForIfMatch_forTheUserIsStillAtThatVersion() {
        long alice = api.registerUser("Alice", "alice@example.com");
        String tag = getTag("/api/users/" + alice);
        api.logRun(alice, 5.2, "Happy");

        Api.Response put = ifMatch("PUT", "/api/users/" + alice, tag, ALICIA);

        assertThat(put.status()).isEqualTo(200);
        assertThat(api.get("/api/users/" + alice).json().get("username").asString())
                .isEqualTo("Alicia");
    }

    @Test
    void aGetsTagOfAnOlderVersion_is412_andChangesNothing() {
        long alice = api.registerUser("Alice", "alice@example.com");
        long run = api.logRun(alice, 5.2, "Happy");
        String userTag = getTag("/api/users/" + alice);
        String runTag = getTag("/api/runs/" + run);
        api.put("/api/users/" + alice, ALICIA);
        api.put("/api/runs/" + run, "{\"distance\": 6}");

        assertThat(ifMatch("PUT", "/api/users/" + alice, userTag, ALICE).status())
                .isEqualTo(412);
        assertThat(ifMatch("DELETE", "/api/users/" + alice, userTag, null).status())
                .isEqualTo(412);
        assertThat(ifMatch("PUT", "/api/runs/" + run, runTag, "{\"distance\": 7}")
                        .status())
                .isEqualTo(412);
        assertThat(ifMatch("DELETE", "/api/runs/" + run, runTag, null).status()).isEqualTo(412);
        assertThat(api.get("/api/runs/" + run).json().get("distance").asDouble())
                .isEqualTo(6.0);
        assertThat(api.get("/api/users/" + alice).json().get("username").asString())
                .isEqualTo("Alicia");
    }

    private String getTag(String path) {
        return api.get(path).header("ETag");
    }

    private Api.Response ifNoneMatch(String path, String tag) {
        return api.send("GET", path, null, null, "If-None-Match", tag);
    }

    private Api.Response ifMatch(String method, String path, String tag, String json) {
        return api.send(method, path, json == null ? null : "application/json", json, "If-Match", tag);
    }

    /** 16 hex digits of SHA-256 over the body as it was sent (JSON is UTF-8). */
    private static String digestOf(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.runlog.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.runlog.bootstrap.ProblemAssertions.assertClientProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever garbage a client sends, the answer is a 4xx problem, never a 5xx, and the
 * stored data does not change. Requests are generated from a fixed seed (-Drunlog.badinput.seed
 * to try others; the seed is in each case's name), so a failure can be replayed exactly.
 */
class BadInputPropertiesTest extends RunningAppTest {

    private static final long SEED = Long.getLong("runlog.badinput.seed", 20261124L);
    private static final int CASES = Integer.getInteger("runlog.badinput.cases", 400);

    /**
     * The ids the generated requests aim at; the database holds them before every case. Far above
     * the tests' admin, who is a user too.
     */
    private static final long USER = 1_000_001;

    private static final long RUN = 1;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void storeKnownRows() {
        jdbc.sql("insert into user (id, username, email) values "
                        + "(1000001, 'Alice', 'alice@example.com'), (1000002, 'Bob', 'bob@example.com')")
                .update();
        jdbc.sql("insert into run (id, distance, mood, date, user_id) values "
                        + "(1, 5.2, 'Happy', '2026-11-24', 1000001), (2, 3.1, null, null, 1000002)")
                .update();
    }

    @ParameterizedTest(name = "[{index}] seed {1}: {0}")
    @MethodSource("badRequests")
    void aBadRequest_getsA4xxProblem_andChangesNothing(BadRequest request, long seed) {
        List<String> before = storedRows();

        Api.Response response = request.sendTo(api);

        assertClientProblem(response, request.toString());
        assertThat(storedRows()).as("the database after " + request).isEqualTo(before);
    }

    static Stream<Arguments> badRequests() {
        Random random = new Random(SEED);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(Arguments.of(BadRequest.generate(random), SEED));
        }
        return cases.stream();
    }

    private List<String> storedRows() {
        List<String> rows =
                new ArrayList<>(jdbc.sql("select concat_ws('|', id, username, email, version) from user order by id")
                        .query(String.class)
                        .list());
        rows.addAll(jdbc.sql("select concat_ws('|', id, distance, mood, date, duration_seconds, version, user_id) "
                        + "from run order by id")
                .query(String.class)
                .list());
        return rows;
    }

    /** One generated request: method, path, body bytes and what makes it bad. */
    record BadRequest(String method, String path, byte[] body, String what) {

        private static final List<Function<Random, String>> BAD_USER_BODIES = List.of(
                random -> "{\"username\": " + wrongType(random) + ", \"email\": \"x@example.com\"}",
                random -> "{\"username\": \"A\", \"email\": " + wrongType(random) + "}",
                random -> "{\"username\": \"" + text(random, 81 + random.nextInt(500))
                        + "\", \"email\": \"x@example.com\"}",
                random -> "{\"username\": \"" + controlCharacters(random) + "\", \"email\": \"not an address\"}",
                random -> "{\"username\": \"A\", \"email\": \"" + text(random, 1 + random.nextInt(40)) + "\"}",
                random -> "{\"email\": \"x@example.com\"}",
                random -> "{\"username\": \"A\", \"email\": \"BOB@example.com\"}", // Bob's: 409
                random -> "{\"username\": null, \"email\": null, \"extra\": [1, 2, 3]}");

        private static final List<Function<Random, String>> BAD_RUN_BODIES = List.of(
                random -> "{\"distance\": " + badNumber(random) + "}",
                random -> "{\"distance\": " + notANumber(random) + "}",
                random -> "{\"distance\": 5, \"mood\": \"" + text(random, 51 + random.nextInt(200)) + "\"}",
                random -> "{\"distance\": 5, \"mood\": \"" + controlCharacters(random) + "\", \"date\": \""
                        + badDate(random) + "\"}",
                random -> "{\"distance\": 5, \"duration\": \"" + badDuration(random) + "\"}",
                random -> "{\"mood\": \"Happy\", \"date\": \"2026-11-24\"}",
                random -> "{\"distance\": [" + "1,".repeat(random.nextInt(50_000)) + "1]}");

        static BadRequest generate(Random random) {
            return switch (random.nextInt(9)) {
                case 0 ->
                    new BadRequest("POST", "/api/users", garbage(random), "bytes that are not JSON, maybe not UTF-8");
                case 1 ->
                    body(
                            random,
                            "POST",
                            "/api/users",
                            truncated(random, "{\"username\": \"Zoë\", \"email\": \"zoe@example.com\"}"),
                            "truncated JSON");
                case 2 ->
                    body(
                            random,
                            "POST",
                            "/api/users",
                            pick(random, BAD_USER_BODIES).apply(random),
                            "bad user values");
                case 3 ->
                    body(
                            random,
                            "PUT",
                            "/api/users/" + USER,
                            pick(random, BAD_USER_BODIES).apply(random),
                            "bad user update");
                case 4 ->
                    body(
                            random,
                            "POST",
                            "/api/users/" + USER + "/runs",
                            pick(random, BAD_RUN_BODIES).apply(random),
                            "bad run values");
                case 5 ->
                    body(
                            random,
                            "PUT",
                            "/api/runs/" + RUN,
                            pick(random, BAD_RUN_BODIES).apply(random),
                            "bad run update");
                case 6 -> body(random, "POST", "/api/users/" + USER + "/runs", nested(random), "deep nesting");
                case 7 ->
                    new BadRequest(
                            pick(random, List.of("GET", "PUT", "DELETE")),
                            "/api/" + pick(random, List.of("users", "runs")) + "/" + badId(random),
                            "{\"distance\": 1, \"username\": \"A\", \"email\": \"a@example.com\"}"
                                    .getBytes(StandardCharsets.UTF_8),
                            "bad or unknown id");
                default ->
                    random.nextBoolean()
                            ? new BadRequest(
                                    "GET",
                                    pick(random, List.of("/api/runs", "/api/users", "/api/users/" + USER + "/runs"))
                                            + "?" + badPaging(random),
                                    null,
                                    "bad paging")
                            : new BadRequest(
                                    "GET",
                                    pick(random, List.of("/api/runs", "/api/users/" + USER + "/runs")) + "?"
                                            + badFilter(random),
                                    null,
                                    "bad filter");
            };
        }

        Api.Response sendTo(Api api) {
            return body == null
                    ? api.send(method, path, null, null)
                    : api.sendBytes(method, path, "application/json", body);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
            return what + ": " + method + " " + path + " " + shown.replaceAll("\\p{Cntrl}", "?");
        }

        private static BadRequest body(Random random, String method, String path, String json, String what) {
            return new BadRequest(method, path, json.getBytes(StandardCharsets.UTF_8), what);
        }

        private static byte[] garbage(Random random) {
            byte[] bytes = new byte[1 + random.nextInt(300)];
            random.nextBytes(bytes);
            return bytes;
        }

        private static String truncated(Random random, String json) {
            return json.substring(0, random.nextInt(json.length() - 1));
        }

        private static String wrongType(Random random) {
            return pick(random, List.of("42", "true", "[\"A\"]", "{\"a\": 1}", "1.5e3", "false", "[]", "{}"));
        }

        private static String notANumber(Random random) {
            return pick(random, List.of("true", "[5]", "{\"miles\": 5}", "\"5.2\"", "false", "[]", "{}", "\"\""));
        }

        private static String badNumber(Random random) {
            return pick(
                    random,
                    List.of(
                            "1e309",
                            "-1e309",
                            "-0",
                            "0",
                            "-5.2",
                            "1000.0001",
                            "\"NaN\"",
                            "\"Infinity\"",
                            "\"-Infinity\"",
                            "1e-400",
                            "9".repeat(99),
                            "\"5.2 miles\"",
                            "0x10",
                            "NaN",
                            "Infinity",
                            "null"));
        }

        private static String badDate(Random random) {
            return pick(
                    random,
                    List.of(
                            "2026-13-01",
                            "2026-02-30",
                            "24/11/2026",
                            "yesterday",
                            "",
                            "2026-11-24T10:00",
                            "+999999-01-01"));
        }

        private static String badDuration(Random random) {
            return pick(random, List.of("PT0S", "-PT5M", "PT73H", "25 minutes", "PT25M30.5S", "P1Y", "", "PT"));
        }

        private static String badId(Random random) {
            return pick(
                    random,
                    List.of(
                            "0",
                            "-1",
                            "abc",
                            "9223372036854775807",
                            "9223372036854775808",
                            "99999999999999999999",
                            "1.5",
                            "%20",
                            "1e3",
                            "٣"));
        }

        private static String badPaging(Random random) {
            return pick(
                    random,
                    List.of(
                            "limit=0",
                            "limit=101",
                            "limit=-1",
                            "limit=abc",
                            "limit=1e3",
                            "after=-1",
                            "after=x",
                            "after=9223372036854775808",
                            "limit=" + "9".repeat(30),
                            "limit=%00"));
        }

        private static String badFilter(Random random) {
            return pick(
                    random,
                    List.of(
                            "from=2026-13-40",
                            "to=tomorrow",
                            "from=2026-12-01&to=2026-11-01",
                            "mood=%20",
                            "mood=" + "m".repeat(51),
                            "from=+999999-01-01",
                            "mood=%1B%5B31m",
                            "to=1899-12-31"));
        }

        private static String nested(Random random) {
            int depth = 65 + random.nextInt(2_000);
            return "{\"distance\": 1, \"note\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        }

        private static String text(Random random, int length) {
            StringBuilder text = new StringBuilder();
            while (text.codePointCount(0, text.length()) < length) {
                text.appendCodePoint(pick(random, List.of('a' + 0, 'Z' + 0, 0x00E9, 0x1F3C3, 0x5C71)));
            }
            return text.toString();
        }

        private static String controlCharacters(Random random) {
            return pick(random, List.of("\\u0000", "\\u001b[31m", "\\n\\r", "\\t", "\\u007f", "\\ud800"));
        }

        private static <T> T pick(Random random, List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }
}

package dev.runlog.bootstrap;

import dev.runlog.web.contract.ApiContract;
import dev.runlog.web.contract.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static dev.runlog.bootstrap.ProblemAssertions.assertProblem;
import static dev.runlog.bootstrap.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Signing up, in and out over real HTTP, every answer held to docs/openapi.json: the rules a new
 * password must meet, what a token looks like and how long it works, failures that tell nothing
 * about who has an account (not even by their timing), failures slowed down per account and
 * client address, passwords read to their last byte, and tokens that stop working when their
 * holder signs out or changes password.
 */
class SignInTest extends RunningAppTest {

    private static final String ALICE_EMAIL = "alice@example.com";
    private static final String ALICE_PASSWORD = "Alice runs at dawn";
    private static final String BOB_EMAIL = "bob@example.com";
    private static final String BOB_PASSWORD = "Bob jogs by the river";
    private static final String TEN_EMOJI = "🏃".repeat(10);
    /** Timed tries of each kind of failed sign-in, after one to warm up. */
    private static final int TIMED_ATTEMPTS = 5;

    // --- Signing up ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            9 characters                           | kq7#vLm2p                    | 10 to 128 characters
            9 emoji: 9 characters, 18 UTF-16 units | 🏃🏃🏃🏃🏃🏃🏃🏃🏃            | 10 to 128 characters
            the email in another case              | CAROL.RUNNER@Example.COM     | username or the email
            the username in another case           | roadrunner42                 | username or the email
            a common one                           | password123                  | most common passwords
            another common one                     | 1q2w3e4r5t                   | most common passwords
            a common one in another case           | PassWord123                  | most common passwords
            """)
    void aPasswordBreakingARule_isRejectedOnPassword_andNoUserIsStored(String rule, String password, String reason) {
        Api.Response response = anonymous().signUp("RoadRunner42", "carol.runner@example.com", password);

        JsonNode problem = assertValidationProblem(response, "password");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains(reason);
        assertThat(response.body()).doesNotContain(password);
        assertThat(storedUsers()).isZero();
    }

    @Test
    void aPasswordOf129Characters_isRejectedOnPassword_andNoUserIsStored() {
        Api.Response response = anonymous().signUp("Carol", "carol@example.com", "r".repeat(129));

        JsonNode problem = assertValidationProblem(response, "password");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("10 to 128 characters");
        assertThat(storedUsers()).isZero();
    }

    @Test
    void signingUpWithoutAPassword_isRejectedOnPassword_andNoUserIsStored() {
        Api.Response response = anonymous().signUp("Carol", "carol@example.com", null);

        assertValidationProblem(response, "password");
        assertThat(storedUsers()).isZero();
    }

    @Test
    void passwordsAreCountedInCharacters_soTenEmojiMakeOne_and128EmojiToo() {
        // Each emoji is one character but two UTF-16 units and four UTF-8 bytes.
        String longest = "🏃".repeat(128);

        assertThat(anonymous().signUp("Ten", "ten@example.com", TEN_EMOJI).status())
                .isEqualTo(201);
        assertThat(anonymous().signUp("Long", "long@example.com", longest).status())
                .isEqualTo(201);

        assertThat(anonymous().signIn("ten@example.com", TEN_EMOJI).status()).isEqualTo(201);
        assertThat(anonymous().signIn("long@example.com", longest).status()).isEqualTo(201);
        assertThat(storedUsers()).isEqualTo(2);
    }

    @Test
    void theAnswerToASignUp_isTheUser_withoutThePassword() {
        Api.Response response = anonymous().signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);

        assertThat(response.status()).isEqualTo(201);
        JsonNode user = response.json();
        assertThat(user.get("username").asString()).isEqualTo("Alice");
        assertThat(user.get("email").asString()).isEqualTo(ALICE_EMAIL);
        assertThat(user.has("password")).isFalse();
        assertThat(response.body()).doesNotContainIgnoringCase("password").doesNotContain(ALICE_PASSWORD);
        assertThat(response.raw().headers().map().toString()).doesNotContain(ALICE_PASSWORD);
        assertThat(storedUsers()).isEqualTo(1);
    }

    // --- Signing in ----------------------------------------------------------------------------

    @Test
    void theRightPassword_givesABearerToken_thatWorksForAnHour() {
        long alice = signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);

        Instant asked = Instant.now();
        Api.Response response = anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD);

        assertThat(response.status()).isEqualTo(201);
        JsonNode answer = response.json();
        assertThat(answer.get("token").asString()).matches("rl_[A-Za-z0-9_-]{43}");
        assertThat(answer.get("tokenType").asString()).isEqualTo("Bearer");
        Instant expiresAt = Instant.parse(answer.get("expiresAt").asString());
        assertThat(Duration.between(asked, expiresAt).toSeconds()).isCloseTo(3600, within(60L));
        Api asAlice = anonymous().withToken(answer.get("token").asString());
        assertThat(asAlice.get("/api/users/" + alice).status()).isEqualTo(200);
    }

    @Test
    void everySignIn_givesADifferentToken() {
        signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);

        assertThat(tokenOf(ALICE_EMAIL, ALICE_PASSWORD)).isNotEqualTo(tokenOf(ALICE_EMAIL, ALICE_PASSWORD));
    }

    @Test
    void theEmail_mayBeTypedInAnyCase() {
        signUp("Alice", "Alice.Smith@Example.com", ALICE_PASSWORD);

        assertThat(anonymous().signIn("alice.smith@example.com", ALICE_PASSWORD).status())
                .isEqualTo(201);
        assertThat(anonymous().signIn("ALICE.SMITH@EXAMPLE.COM", ALICE_PASSWORD).status())
                .isEqualTo(201);
    }

    @Test
    void thePassword_mustBeTypedInItsOwnCase() {
        signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);

        assertSignInFailed(anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD.toUpperCase(Locale.ROOT)));
    }

    /**
     * Timing must not tell who has an account: an unknown email is checked against a hash as well.
     * Medians of a few tries each, taken in turns, so that a slow moment of a busy machine counts
     * for neither side. The bound is loose, as answering without hashing (a tenth of the time, here)
     * would be far below it; an unknown email is not also held to be no slower, which a busy
     * machine's noise alone has made it by half.
     */
    @Test
    void aWrongPasswordAndAnUnknownEmail_getTheSameAnswer_inAboutTheSameTime() {
        signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        signUp("Bob", BOB_EMAIL, BOB_PASSWORD);
        Api anonymous = anonymous();
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownEmail = new ArrayList<>();
        List<Long> noHashing = new ArrayList<>();
        Api.Response wrong = null;
        Api.Response unknown = null;

        for (int attempt = 0; attempt <= TIMED_ATTEMPTS; attempt++) {
            // Alice and Bob in turns: five failures for one account would be slowed down, untimed.
            String email = attempt % 2 == 0 ? ALICE_EMAIL : BOB_EMAIL;
            long started = System.nanoTime();
            wrong = anonymous.signIn(email, "not the password, sorry");
            long wrongTook = System.nanoTime() - started;
            started = System.nanoTime();
            unknown = anonymous.signIn("nobody" + attempt + "@example.com", "not the password, sorry");
            long unknownTook = System.nanoTime() - started;
            started = System.nanoTime();
            anonymous.get("/api/users");
            long noHashingTook = System.nanoTime() - started;
            if (attempt > 0) { // the first of each warms up
                wrongPassword.add(wrongTook);
                unknownEmail.add(unknownTook);
                noHashing.add(noHashingTook);
            }
        }

        assertSignInFailed(wrong);
        assertSignInFailed(unknown);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(unknown.header("WWW-Authenticate")).isEqualTo(wrong.header("WWW-Authenticate"));
        double wrongMillis = medianMillis(wrongPassword);
        double unknownMillis = medianMillis(unknownEmail);
        System.out.printf(
                "Sign-in failures, median of %d: wrong password %.1f ms, unknown email %.1f ms; "
                        + "a 401 without hashing %.1f ms%n",
                TIMED_ATTEMPTS, wrongMillis, unknownMillis, medianMillis(noHashing));
        assertThat(unknownMillis).as("unknown email, ms").isGreaterThanOrEqualTo(0.5 * wrongMillis);
    }

    @Test
    void noPassword_orNoCredentialsAtAll_failsLikeAWrongPassword() {
        signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);

        assertSignInFailed(anonymous().signIn(ALICE_EMAIL, ""));
        assertSignInFailed(anonymous().post("/api/tokens", null));
    }

    @Test
    void aUserAnAdminCreatedWithoutAPassword_cannotSignIn_untilTheAdminSetsOne() {
        // As the tutorial's users, and those an admin creates, come: without a password.
        long tutorialUser = api.registerUser("Tutorial", "tutorial@example.com");

        assertSignInFailed(anonymous().signIn("tutorial@example.com", ""));
        assertSignInFailed(anonymous().signIn("tutorial@example.com", "any password at all"));

        Api.Response set =
                api.put("/api/users/" + tutorialUser + "/password", Api.json("newPassword", "set by the admin, 2024"));

        assertThat(set.status()).isEqualTo(204);
        assertThat(anonymous()
                        .signIn("tutorial@example.com", "set by the admin, 2024")
                        .status())
                .isEqualTo(201);
    }

    // --- Long passwords ------------------------------------------------------------------------

    @Test
    void aPasswordOf128Characters_signsIn() {
        String longest = "A long, long way to run: ".repeat(6).substring(0, 128);
        signUp("Alice", ALICE_EMAIL, longest);

        assertThat(anonymous().signIn(ALICE_EMAIL, longest).status()).isEqualTo(201);
    }

    /** bcrypt, for one, reads only the first 72 bytes: two such passwords would both sign in. */
    @Test
    void aPasswordIsReadToItsEnd_notOnlyItsFirst72Bytes() {
        String password = "It is a long way to the finish line; ".repeat(3).substring(0, 100);
        char[] ninetiethChanged = password.toCharArray();
        ninetiethChanged[89] = ninetiethChanged[89] == 'x' ? 'y' : 'x';
        String sameFirst72Bytes = new String(ninetiethChanged);
        signUp("Alice", ALICE_EMAIL, password);

        assertThat(sameFirst72Bytes).isNotEqualTo(password).startsWith(password.substring(0, 89));
        assertSignInFailed(anonymous().signIn(ALICE_EMAIL, sameFirst72Bytes));
        assertThat(anonymous().signIn(ALICE_EMAIL, password).status()).isEqualTo(201);
    }

    // --- Throttling ----------------------------------------------------------------------------

    @Test
    void fiveFailures_slowDownThatAddress_butNotTheRightPasswordFromAnother() {
        long alice = signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        failFiveTimes(ALICE_EMAIL);

        Api.Response sixth = anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD);

        JsonNode problem = assertProblem(sixth, 429);
        assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:too-many-sign-ins");
        assertThat(sixth.header("Retry-After")).as("whole seconds").matches("[0-9]+");
        assertThat(Integer.parseInt(sixth.header("Retry-After"))).isBetween(1, 900);
        assertThat(sixth.body()).doesNotContain(ALICE_PASSWORD);

        RawAnswer fromAnotherAddress = signInFrom("127.0.0.2", ALICE_EMAIL, ALICE_PASSWORD);

        assertThat(fromAnotherAddress.status()).as(fromAnotherAddress.body()).isEqualTo(201);
        String token = JsonMapper.builder()
                .build()
                .readTree(fromAnotherAddress.body())
                .get("token")
                .asString();
        assertThat(anonymous().withToken(token).get("/api/users/" + alice).status())
                .isEqualTo(200);
        assertThat(anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD).status())
                .as("still slowed down from 127.0.0.1")
                .isEqualTo(429);
    }

    @Test
    void fiveFailuresForOneAccount_doNotSlowDownAnotherAccount_fromTheSameAddress() {
        signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        signUp("Bob", BOB_EMAIL, BOB_PASSWORD);
        failFiveTimes(ALICE_EMAIL);

        assertSignInFailed(anonymous().signIn(BOB_EMAIL, "not Bob's password"));
        assertThat(anonymous().signIn(BOB_EMAIL, BOB_PASSWORD).status()).isEqualTo(201);
        assertThat(anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void anEmailInAnotherCase_countsForTheSameAccount() {
        signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        failFiveTimes(ALICE_EMAIL.toUpperCase(Locale.ROOT));

        assertThat(anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD).status()).isEqualTo(429);
    }

    private void failFiveTimes(String email) {
        for (int failure = 1; failure <= 5; failure++) {
            assertSignInFailed(anonymous().signIn(email, "wrong password number " + failure));
        }
    }

    // --- Changing a password -------------------------------------------------------------------

    @Test
    void changingOnesPassword_endsEveryEarlierToken_andOnlyTheNewPasswordSignsIn() {
        long alice = signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        Api first = anonymous().signedInAs(ALICE_EMAIL, ALICE_PASSWORD);
        Api second = anonymous().signedInAs(ALICE_EMAIL, ALICE_PASSWORD);

        Api.Response changed = first.put(
                "/api/users/" + alice + "/password",
                Api.json("currentPassword", ALICE_PASSWORD, "newPassword", "Alice runs at dusk now"));

        assertThat(changed.status()).isEqualTo(204);
        assertTokenRefused(first.get("/api/users/" + alice));
        assertTokenRefused(second.get("/api/users/" + alice));
        assertSignInFailed(anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD));
        Api renewed = anonymous().signedInAs(ALICE_EMAIL, "Alice runs at dusk now");
        assertThat(renewed.get("/api/users/" + alice).status()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPassword_isRejectedOnCurrentPassword_andChangesNothing() {
        long alice = signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        Api asAlice = anonymous().signedInAs(ALICE_EMAIL, ALICE_PASSWORD);

        Api.Response wrong = asAlice.put(
                "/api/users/" + alice + "/password",
                Api.json("currentPassword", "a guess at the password", "newPassword", "Alice runs at dusk now"));
        Api.Response missing =
                asAlice.put("/api/users/" + alice + "/password", Api.json("newPassword", "Alice runs at dusk now"));

        assertValidationProblem(wrong, "currentPassword");
        assertValidationProblem(missing, "currentPassword");
        assertThat(wrong.body()).doesNotContain("a guess at the password");
        assertThat(asAlice.get("/api/users/" + alice).status()).as("her token").isEqualTo(200);
        assertThat(anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD).status()).isEqualTo(201);
        assertSignInFailed(anonymous().signIn(ALICE_EMAIL, "Alice runs at dusk now"));
    }

    @Test
    void aNewPasswordBreakingARule_isRejectedOnNewPassword_andChangesNothing() {
        long alice = signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        Api asAlice = anonymous().signedInAs(ALICE_EMAIL, ALICE_PASSWORD);

        Api.Response common = asAlice.put(
                "/api/users/" + alice + "/password",
                Api.json("currentPassword", ALICE_PASSWORD, "newPassword", "password123"));

        assertValidationProblem(common, "newPassword");
        assertThat(asAlice.get("/api/users/" + alice).status()).as("her token").isEqualTo(200);
        assertThat(anonymous().signIn(ALICE_EMAIL, ALICE_PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aRunnerChangingAnotherRunnersPassword_isTold404_andChangesNothing() {
        signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        long bob = signUp("Bob", BOB_EMAIL, BOB_PASSWORD);
        Api asAlice = anonymous().signedInAs(ALICE_EMAIL, ALICE_PASSWORD);
        Api asBob = anonymous().signedInAs(BOB_EMAIL, BOB_PASSWORD);

        Api.Response changed = asAlice.put(
                "/api/users/" + bob + "/password",
                Api.json("currentPassword", ALICE_PASSWORD, "newPassword", "Alice took over Bob"));

        JsonNode problem = assertProblem(changed, 404);
        assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:user-not-found");
        assertThat(asBob.get("/api/users/" + bob).status()).as("his token").isEqualTo(200);
        assertThat(anonymous().signIn(BOB_EMAIL, BOB_PASSWORD).status()).isEqualTo(201);
        assertSignInFailed(anonymous().signIn(BOB_EMAIL, "Alice took over Bob"));
    }

    // --- Signing out ---------------------------------------------------------------------------

    @Test
    void signingOut_endsThatToken_butNotTheUsersOthers() {
        long alice = signUp("Alice", ALICE_EMAIL, ALICE_PASSWORD);
        Api onHerPhone = anonymous().signedInAs(ALICE_EMAIL, ALICE_PASSWORD);
        Api onHerLaptop = anonymous().signedInAs(ALICE_EMAIL, ALICE_PASSWORD);

        assertThat(onHerPhone.delete("/api/tokens/current").status()).isEqualTo(204);

        assertTokenRefused(onHerPhone.get("/api/users/" + alice));
        assertTokenRefused(onHerPhone.delete("/api/tokens/current"));
        assertThat(onHerLaptop.get("/api/users/" + alice).status()).isEqualTo(200);
    }

    // --- Helpers -------------------------------------------------------------------------------

    private Api anonymous() {
        return new Api(api.port());
    }

    private long signUp(String username, String email, String password) {
        Api.Response response = anonymous().signUp(username, email, password);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private String tokenOf(String email, String password) {
        return anonymous().signedInAs(email, password).token();
    }

    /** The one answer to every failed sign-in: 401, a Basic challenge, the same problem whatever went wrong. */
    private static void assertSignInFailed(Api.Response response) {
        JsonNode problem = assertProblem(response, 401);
        assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:sign-in-failed");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic ");
    }

    /** A request whose token no longer signs anyone in: 401 with a Bearer challenge. */
    private static void assertTokenRefused(Api.Response response) {
        JsonNode problem = assertProblem(response, 401);
        assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static double medianMillis(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }

    /** An answer read off a socket: status, headers (names in any case) and the body, de-chunked. */
    private record RawAnswer(int status, Map<String, List<String>> headers, String body) {}

    /**
     * {@code POST /api/tokens} from another client address of this machine: Linux routes all of
     * 127.0.0.0/8 to the loopback interface, so a socket bound to 127.0.0.2 reaches the app, which
     * sees that address as the client's. Java 17's HttpClient cannot choose its local address, so
     * the request is written by hand; the answer is still held to the API description.
     */
    private RawAnswer signInFrom(String clientAddress, String email, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        String request = "POST /api/tokens HTTP/1.1\r\nHost: 127.0.0.1:" + api.port()
                + "\r\nAuthorization: Basic " + credentials
                + "\r\nAccept: application/json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        byte[] response;
        try (Socket socket = new Socket()) {
            try {
                socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
            } catch (BindException e) {
                throw new AssertionError(
                        clientAddress + " is not an address of this machine: Linux has all of 127/8 on the "
                                + "loopback interface, elsewhere add it as an alias of the loopback interface",
                        e);
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), api.port()), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            response = socket.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RawAnswer answer = parse(response);
        ApiContract.runlog()
                .assertHonouredBy(
                        new Exchange("POST", "/api/tokens", answer.status(), answer.headers(), answer.body()));
        return answer;
    }

    private static RawAnswer parse(byte[] response) {
        int headEnd = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String[] head = new String(response, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line : Arrays.asList(head).subList(1, head.length)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(response, headEnd + 4, response.length);
        boolean chunked = headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked");
        return new RawAnswer(
                status,
                new LinkedHashMap<>(headers),
                new String(chunked ? dechunked(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] lineEnd = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (true) {
            int sizeEnd = indexOf(body, lineEnd, at);
            int size = Integer.parseInt(
                    new String(body, at, sizeEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(body, sizeEnd + 2, size);
            at = sizeEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        for (int i = from; i <= bytes.length - sought.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not an HTTP answer: " + new String(bytes, StandardCharsets.ISO_8859_1));
    }
}

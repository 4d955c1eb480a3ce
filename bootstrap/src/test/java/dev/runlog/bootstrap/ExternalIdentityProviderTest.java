package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static dev.runlog.bootstrap.ExternalIdentityProviderConfiguration.AUDIENCE;
import static dev.runlog.bootstrap.ExternalIdentityProviderConfiguration.ISSUER_URI;
import static dev.runlog.bootstrap.ExternalIdentityProviderConfiguration.JWK_SET_URI;
import static dev.runlog.bootstrap.ExternalIdentityProviderConfiguration.PUBLIC_KEY_LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runlog with an external identity provider configured as in production, by its issuer alone: the
 * test plays the provider on 127.0.0.1 ({@link TestIdentityProvider}) and the app finds its keys
 * through its discovery document. Its JWTs are users of Runlog; a token that fails any check is a
 * 401 and leaves the database as it was; Runlog's own tokens work beside them.
 */
class ExternalIdentityProviderTest extends RunningAppTest {

    private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();

    @DynamicPropertySource
    static void trustTheTestsProvider(DynamicPropertyRegistry registry) {
        registry.add(ISSUER_URI, PROVIDER::issuer);
        registry.add(AUDIENCE, () -> TestIdentityProvider.AUDIENCE);
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.close();
    }

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aSubjectsFirstToken_makesThemARunnerWithItsEmail_andLaterTokensOfThatSubjectAreTheSameRunner() {
        Api erin = api.withToken(PROVIDER.token()
                .forSubject("erin-at-the-provider")
                .withEmail("erin@example.com")
                .signed());

        Api.Response users = erin.get("/api/users");

        assertThat(users.status()).isEqualTo(200);
        JsonNode only = onlyUserIn(users);
        assertThat(only.get("email").asString()).isEqualTo("erin@example.com");
        assertThat(only.get("username").asString()).isEqualTo("erin");
        assertThat(storedUsers()).isOne();
        assertThat(linkedSubjects()).containsExactly("erin-at-the-provider");

        Api erinWithANewEmail = api.withToken(PROVIDER.token()
                .forSubject("erin-at-the-provider")
                .withEmail("erin.new@example.com")
                .signed());
        Api.Response again = erinWithANewEmail.get("/api/users");

        assertThat(again.status()).isEqualTo(200);
        JsonNode same = onlyUserIn(again);
        assertThat(same.get("id").asLong()).isEqualTo(only.get("id").asLong());
        assertThat(same.get("email").asString())
                .as("the email is only for the first meeting")
                .isEqualTo("erin@example.com");
        assertThat(storedUsers()).isOne();
        assertThat(linkedSubjects()).containsExactly("erin-at-the-provider");
    }

    @Test
    void aTokenWithTheEmailOfAUserWhoSignedUpWithAPassword_isThatUser() {
        long frank = signUp("Frank", "frank@example.com");

        Api.Response users = api.withToken(
                        PROVIDER.token().withEmail("frank@example.com").signed())
                .get("/api/users");

        assertThat(users.status()).isEqualTo(200);
        JsonNode only = onlyUserIn(users);
        assertThat(only.get("id").asLong()).isEqualTo(frank);
        assertThat(only.get("username").asString()).isEqualTo("Frank");
        assertThat(storedUsers()).isOne();
        assertThat(linkedSubjects()).hasSize(1);
        assertThat(new Api(api.port())
                        .signedInAs("frank@example.com", "Frank's password")
                        .get("/api/users/" + frank)
                        .status())
                .as("the password still signs in")
                .isEqualTo(200);
    }

    static Stream<Arguments> tokensThatFailACheck() {
        return Stream.of(
                Arguments.of(
                        "signed by another key",
                        PROVIDER.token().signedByAnotherKey().signed()),
                Arguments.of(
                        "another issuer",
                        PROVIDER.token().withIssuer("https://login.example.com").signed()),
                Arguments.of(
                        "for another audience",
                        PROVIDER.token().withAudience("another-app").signed()),
                Arguments.of(
                        "expired",
                        PROVIDER.token().expiredAgo(Duration.ofMinutes(5)).signed()),
                Arguments.of(
                        "without an expiry", PROVIDER.token().withoutExpiry().signed()),
                Arguments.of("without an email", PROVIDER.token().withoutEmail().signed()),
                Arguments.of("alg none, unsigned", PROVIDER.token().unsigned()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensThatFailACheck")
    void aTokenThatFailsACheck_isA401InvalidToken_andMakesNoUser(String what, String token) {
        Api.Response response = api.withToken(token).get("/api/users");

        assertRefusedAsInvalidToken(response);
        assertThat(storedUsers()).isZero();
        assertThat(linkedSubjects()).isEmpty();
    }

    @Test
    void runlogsOwnTokens_stillWorkBesideTheProvidersJwts() {
        long grace = signUp("Grace", "grace@example.com");
        Api graceSignedIn = new Api(api.port()).signedInAs("grace@example.com", "Grace's password");

        assertThat(graceSignedIn.get("/api/users/" + grace).status()).isEqualTo(200);
        assertThat(api.get("/api/users").status()).as("the admin's token").isEqualTo(200);
        assertThat(api.withToken(PROVIDER.token().signed()).get("/api/users").status())
                .isEqualTo(200);
        assertThat(new Api(api.port())
                        .withToken("not-a-token-of-runlog")
                        .get("/api/users")
                        .status())
                .isEqualTo(401);
    }

    /**
     * With {@code jwk-set-uri}, the keys come from there and the issuer is asked for nothing (this
     * one has no discovery document), yet {@code iss} is checked all the same.
     */
    @Test
    void withTheKeysAtAJwkSetUri_tokensAreAcceptedAndTheIssuerIsStillChecked() {
        try (TestIdentityProvider keysOnly = TestIdentityProvider.startWithoutDiscovery();
                ConfigurableApplicationContext app = startApp(
                        ISSUER_URI + "=" + keysOnly.issuer(),
                        JWK_SET_URI + "=" + keysOnly.jwkSetUri(),
                        AUDIENCE + "=" + TestIdentityProvider.AUDIENCE)) {
            Api client = new Api(portOf(app));

            assertThat(client.withToken(keysOnly.token().signed())
                            .get("/api/users")
                            .status())
                    .isEqualTo(200);
            Api.Response otherIssuer = client.withToken(keysOnly.token()
                            .withIssuer("https://login.example.com")
                            .signed())
                    .get("/api/users");
            assertRefusedAsInvalidToken(otherIssuer);
            assertThat(storedUsers()).isOne();
        }
    }

    static Stream<Arguments> incompleteSettings() {
        return Stream.of(
                Arguments.of(
                        List.of(ISSUER_URI + "=" + PROVIDER.issuer()),
                        "An external identity provider is configured (" + ISSUER_URI
                                + "), but not the audience its tokens must name for Runlog: set " + AUDIENCE + "."),
                Arguments.of(
                        List.of(ISSUER_URI + "=" + PROVIDER.issuer(), AUDIENCE + "="),
                        "An external identity provider is configured (" + ISSUER_URI
                                + "), but not the audience its tokens must name for Runlog: set " + AUDIENCE + "."),
                Arguments.of(
                        List.of(JWK_SET_URI + "=" + PROVIDER.jwkSetUri(), AUDIENCE + "=runlog"),
                        "An external identity provider is configured (" + JWK_SET_URI
                                + "), but not its issuer, which its tokens' iss must name: set " + ISSUER_URI + "."),
                Arguments.of(
                        List.of(PUBLIC_KEY_LOCATION + "=classpath:no-such-key.pem", AUDIENCE + "=runlog"),
                        PUBLIC_KEY_LOCATION + " is not supported: set the provider's issuer in " + ISSUER_URI + " (and "
                                + JWK_SET_URI + " if it publishes no discovery document)."));
    }

    @ParameterizedTest
    @MethodSource("incompleteSettings")
    void aProviderWithoutAnAudienceOrAnIssuer_refusesToStart(List<String> settings, String message) {
        assertThatThrownBy(() -> startApp(settings.toArray(String[]::new)).close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage(message);
    }

    /** The app as {@code java -jar} starts it, on the tests' database, with these settings besides. */
    private static ConfigurableApplicationContext startApp(String... settings) {
        TestDatabase.Connection db = TestDatabase.connection();
        Stream<String> always = Stream.of(
                "server.port=0",
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password());
        return new SpringApplicationBuilder(RunlogApplication.class)
                .run(Stream.concat(always, Stream.of(settings))
                        .map(setting -> "--" + setting)
                        .toArray(String[]::new));
    }

    private static int portOf(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private long signUp(String username, String email) {
        Api.Response created = new Api(api.port())
                .post(
                        "/api/users",
                        "{\"username\": \"%s\", \"email\": \"%s\", \"password\": \"%s's password\"}"
                                .formatted(username, email, username));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A 401 problem with the challenge of RFC 6750: the bearer token sent is not valid. */
    private static void assertRefusedAsInvalidToken(Api.Response response) {
        ProblemAssertions.assertClientProblem(response, "a bearer token that fails a check");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:runlog:problem:unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer ").contains("error=\"invalid_token\"");
    }

    private static JsonNode onlyUserIn(Api.Response users) {
        JsonNode items = users.json().get("items");
        assertThat(items.size()).as("users listed").isOne();
        return items.get(0);
    }

    /** The subjects of the provider that are linked to a user, read straight from the database. */
    private List<String> linkedSubjects() {
        return jdbc.sql("select subject from external_identity")
                .query(String.class)
                .list();
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.model.access.SignInFailedException;
import dev.runlog.domain.model.access.SignUpClosedException;
import dev.runlog.domain.model.access.TooManySignInsException;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.port.in.ChangePasswordCommand;
import dev.runlog.domain.port.in.SignInCommand;
import dev.runlog.domain.port.in.SignUpCommand;
import dev.runlog.web.contract.ApiContract;
import dev.runlog.web.contract.Exchange;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static dev.runlog.web.WebTestData.ALICE;
import static dev.runlog.web.WebTestData.ALICE_ID;
import static dev.runlog.web.WebTestData.RUN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may send which request, over stub use cases: the web adapter's part of signing in. Unlike
 * the other slice tests, requests here carry no token unless a test sends one.
 */
@WebMvcTest
class SignedInEndpointsTest {

    private static final String SIGNED_IN = "Bearer " + StubUseCases.TOKEN;

    @Autowired
    StubUseCases useCases;

    @Autowired
    WebApplicationContext context;

    private MockMvcTester mvc;

    @BeforeEach
    void aClientWithoutAToken() {
        useCases.reset();
        MockMvc withoutDefaults = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(
                        context.getBean(RequestIdFilter.class),
                        context.getBean(DefaultHeadersFilter.class),
                        context.getBean("springSecurityFilterChain", Filter.class))
                .alwaysDo(result -> ApiContract.runlog().assertHonouredBy(Exchange.of(result)))
                .build();
        mvc = MockMvcTester.create(withoutDefaults);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/users",
        "GET, /api/users/7",
        "PUT, /api/users/7",
        "DELETE, /api/users/7",
        "PUT, /api/users/7/password",
        "POST, /api/users/7/runs",
        "POST, /api/users/7/runs/batch",
        "GET, /api/users/7/runs",
        "GET, /api/users/7/stats",
        "GET, /api/users/7/summaries",
        "GET, /api/users/7/records",
        "GET, /api/users/7/preferences",
        "PUT, /api/users/7/preferences",
        "GET, /api/runs",
        "GET, /api/runs/11",
        "PUT, /api/runs/11",
        "DELETE, /api/runs/11",
        "DELETE, /api/tokens/current"
    })
    void withoutAToken_everyEndpointButSignUpAndSignIn_is401WithABearerChallenge(String method, String path) {
        MvcTestResult response = mvc.method(HttpMethod.valueOf(method))
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();

        assertThat(response)
                .hasStatus(401)
                .headers()
                .hasHeaderSatisfying(
                        HttpHeaders.WWW_AUTHENTICATE,
                        values -> assertThat(values.get(0)).startsWith("Bearer"));
        assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("urn:runlog:problem:unauthenticated");
        assertThat(useCases.wasCalled()).as("no use case ran").isFalse();
    }

    @Test
    void aTokenThatSignsNoOneIn_is401_sayingTheTokenIsInvalid_withoutRepeatingIt() throws Exception {
        String forged = "rl_" + "f".repeat(43);

        MvcTestResult response = mvc.get()
                .uri("/api/users/7")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange();

        assertThat(response).hasStatus(401);
        assertThat(response.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Bearer")
                .contains("error=\"invalid_token\"");
        assertThat(response.getResponse().getContentAsString()).doesNotContain(forged);
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void aMalformedAuthorizationHeader_is401() {
        assertThat(mvc.get().uri("/api/users/7").header(HttpHeaders.AUTHORIZATION, "Bearer a b c"))
                .hasStatus(401);
    }

    @Test
    void withTheToken_theCallerItSpeaksFor_isPassedToTheUseCase() {
        useCases.answers(new UserWithRuns(ALICE, List.of(RUN)));

        assertThat(mvc.get().uri("/api/users/7").header(HttpHeaders.AUTHORIZATION, SIGNED_IN))
                .hasStatus(200);
        assertThat(useCases.received(Caller.class)).isEqualTo(StubUseCases.CALLER);
    }

    @Test
    void signingUpWithoutAToken_passesTheNameEmailAndPassword() throws Exception {
        useCases.answers(ALICE);

        MvcTestResult response = mvc.post()
                .uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"username\": \"Alice\", \"email\": \"alice@example.com\", \"password\": \"a long secret!\"}")
                .exchange();

        assertThat(response).hasStatus(201);
        SignUpCommand command = useCases.received(SignUpCommand.class);
        assertThat(command.details()).isEqualTo(ALICE.details());
        assertThat(command.password().reveal()).isEqualTo("a long secret!");
        assertThat(response.getResponse().getContentAsString()).doesNotContain("a long secret!");
    }

    @Test
    void signingUpWhenClosed_is403() {
        useCases.fails(new SignUpClosedException());

        MvcTestResult response = mvc.post()
                .uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"username\": \"Alice\", \"email\": \"alice@example.com\", \"password\": \"a long secret!\"}")
                .exchange();

        assertThat(response).hasStatus(403);
        assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("urn:runlog:problem:not-allowed");
    }

    @Test
    void signingIn_tradesBasicCredentialsForAToken_passingTheClientsAddress() {
        Instant expiry = Instant.parse("2026-12-02T13:00:00Z");
        useCases.answers(new AccessToken("rl_" + "n".repeat(43), expiry));

        MvcTestResult response = mvc.post()
                .uri("/api/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic("Alice@Example.com", "pässwörd with : colon"))
                .with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                })
                .exchange();

        assertThat(response).hasStatus(201);
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"token": "rl_nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn", "tokenType": "Bearer",
                 "expiresAt": "2026-12-02T13:00:00Z"}""");
        assertThat(useCases.received(SignInCommand.class))
                .isEqualTo(new SignInCommand("Alice@Example.com", "pässwörd with : colon", "192.0.2.7"));
    }

    @Test
    void aFailedSignIn_is401WithABasicChallenge() {
        useCases.fails(new SignInFailedException());

        MvcTestResult response = mvc.post()
                .uri("/api/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic("alice@example.com", "wrong"))
                .exchange();

        assertThat(response).hasStatus(401);
        assertThat(response.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Basic realm=");
        assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("urn:runlog:problem:sign-in-failed");
    }

    @Test
    void signingInWithoutCredentials_is401WithABasicChallenge_andCallsNothing() {
        assertThat(mvc.post().uri("/api/tokens")).hasStatus(401);
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void tooManyFailures_is429WithRetryAfterInWholeSeconds() {
        useCases.fails(new TooManySignInsException(Duration.ofMillis(59_500)));

        MvcTestResult response = mvc.post()
                .uri("/api/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic("alice@example.com", "a long secret!"))
                .exchange();

        assertThat(response).hasStatus(429).headers().hasValue(HttpHeaders.RETRY_AFTER, "60");
        assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("urn:runlog:problem:too-many-sign-ins");
    }

    @Test
    void aSignInTheDatabaseCannotCheck_is503_notA401() {
        useCases.fails(new StoreUnavailableException(new RuntimeException("down")));

        assertThat(mvc.post()
                        .uri("/api/tokens")
                        .header(HttpHeaders.AUTHORIZATION, basic("alice@example.com", "a long secret!")))
                .hasStatus(503);
    }

    @Test
    void signingOut_revokesTheTokenTheRequestCameWith() {
        assertThat(mvc.delete().uri("/api/tokens/current").header(HttpHeaders.AUTHORIZATION, SIGNED_IN))
                .hasStatus(204);
        assertThat(useCases.received(String.class)).isEqualTo(StubUseCases.TOKEN);
    }

    @Test
    void changingAPassword_passesTheCallerAndBothPasswords() {
        assertThat(mvc.put()
                        .uri("/api/users/7/password")
                        .header(HttpHeaders.AUTHORIZATION, SIGNED_IN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"the old one!\", \"newPassword\": \"the new one!\"}"))
                .hasStatus(204);
        assertThat(useCases.received(ChangePasswordCommand.class))
                .isEqualTo(new ChangePasswordCommand(
                        StubUseCases.CALLER, ALICE_ID, Optional.of("the old one!"), "the new one!"));
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.UpdateUserCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.runlog.web.WebTestData.ALICE;
import static dev.runlog.web.WebTestData.ALICE_DETAILS;
import static dev.runlog.web.WebTestData.ALICE_GET_TAG;
import static dev.runlog.web.WebTestData.ALICE_ID;
import static dev.runlog.web.WebTestData.ALICE_JSON;
import static dev.runlog.web.WebTestData.RUN;
import static dev.runlog.web.WebTestData.RUN_DETAILS;
import static dev.runlog.web.WebTestData.RUN_JSON;
import static dev.runlog.web.WebTestData.tagOfAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** /api/users over stub use cases: what the controller passes in, and the statuses, headers and JSON it answers. */
@WebMvcTest
class UserEndpointsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StubUseCases useCases;

    @BeforeEach
    void forgetEarlierCalls() {
        useCases.reset();
    }

    @Test
    void registering_is201_withTheNewUsersLocationAndVersion_andPassesTheDetailsSent() {
        useCases.answers(ALICE);

        MvcTestResult response = mvc.post()
                .uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"Alice\", \"email\": \"alice@example.com\"}")
                .exchange();

        assertThat(response)
                .hasStatus(201)
                .hasHeader("Location", "/api/users/7")
                .hasHeader("ETag", "\"3\"")
                .hasContentType(MediaType.APPLICATION_JSON)
                .bodyJson()
                .isStrictlyEqualTo(ALICE_JSON);
        assertThat(useCases.received(RegisterUserCommand.class))
                .isEqualTo(new RegisterUserCommand(StubUseCases.CALLER, ALICE_DETAILS, Optional.empty()));
    }

    @Test
    void aUser_is200_withAllTheirRuns_taggedWithTheirVersionAndADigestOfTheAnswer() {
        useCases.answers(new UserWithRuns(ALICE, List.of(RUN)));

        MvcTestResult response = mvc.get().uri("/api/users/7").exchange();

        assertThat(response)
                .hasStatus(200)
                .hasHeader("ETag", tagOfAnswer(3, response.getResponse().getContentAsByteArray()))
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"id": 7, "username": "Alice", "email": "alice@example.com",
                         "runs": [%s]}""".formatted(RUN_JSON));
        assertThat(useCases.received(UserId.class)).isEqualTo(ALICE_ID);
    }

    @Test
    void anUnchangedUser_askedIfNoneMatchTheLastTag_is304_withNoBody() {
        useCases.answers(new UserWithRuns(ALICE, List.of(RUN)));
        String tag = getAlice().getResponse().getHeader("ETag");

        MvcTestResult again =
                mvc.get().uri("/api/users/7").header("If-None-Match", tag).exchange();

        assertThat(again).hasStatus(304).hasHeader("ETag", tag).body().isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatAUsersAnswerShows_changedWhileTheirVersionStays")
    void aChangeTheAnswerShows_changesTheTag_soTheLastTagGets200(String change, UserWithRuns changed) {
        useCases.answers(new UserWithRuns(ALICE, List.of(RUN)));
        String before = getAlice().getResponse().getHeader("ETag");
        useCases.answers(changed);

        MvcTestResult after =
                mvc.get().uri("/api/users/7").header("If-None-Match", before).exchange();

        assertThat(after).hasStatus(200);
        assertThat(after.getResponse().getHeader("ETag")).startsWith("\"3-").isNotEqualTo(before);
    }

    static Stream<Arguments> whatAUsersAnswerShows_changedWhileTheirVersionStays() {
        Run corrected =
                new Run(RUN.id(), ALICE_ID, RunDetails.entered().distance(6.0).check(), new Version(2));
        Run another = new Run(new RunId(12), ALICE_ID, RUN_DETAILS, new Version(0));
        return Stream.of(
                arguments("a run logged", new UserWithRuns(ALICE, List.of(RUN, another))),
                arguments("a run corrected", new UserWithRuns(ALICE, List.of(corrected))),
                arguments("a run deleted", new UserWithRuns(ALICE, List.of())));
    }

    @Test
    void aPageWithMoreToCome_linksTheNextPage_inTheBodyAndTheLinkHeader() {
        useCases.answers(new Page<>(List.of(ALICE), true));

        MvcTestResult response = mvc.get().uri("/api/users?limit=1").exchange();

        assertThat(response)
                .hasStatus(200)
                .hasHeader("Link", "</api/users?after=7&limit=1>; rel=\"next\"")
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"items": [%s], "next": "/api/users?after=7&limit=1"}""".formatted(ALICE_JSON));
        assertThat(useCases.received(PageRequest.class)).isEqualTo(new PageRequest(0, 1));
    }

    @Test
    void theLastPage_hasNoNext_andNoLinkHeader() {
        useCases.answers(new Page<>(List.of(ALICE), false));

        MvcTestResult response = mvc.get().uri("/api/users?after=5").exchange();

        assertThat(response)
                .hasStatus(200)
                .doesNotContainHeader("Link")
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"items": [%s], "next": null}""".formatted(ALICE_JSON));
        assertThat(useCases.received(PageRequest.class)).isEqualTo(new PageRequest(5, PageRequest.DEFAULT_LIMIT));
    }

    @Test
    void changingWithIfMatch_asksForThatVersion_andAnswersTheNewVersionAsETag() {
        useCases.answers(new User(ALICE_ID, ALICE_DETAILS, new Version(4)));

        MvcTestResult response = mvc.put()
                .uri("/api/users/7")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"3\"")
                .content("{\"username\": \"Alice\", \"email\": \"alice@example.com\"}")
                .exchange();

        assertThat(response)
                .hasStatus(200)
                .hasHeader("ETag", "\"4\"")
                .bodyJson()
                .isStrictlyEqualTo(ALICE_JSON);
        assertThat(useCases.received(UpdateUserCommand.class))
                .isEqualTo(new UpdateUserCommand(
                        StubUseCases.CALLER, ALICE_ID, ALICE_DETAILS, ExpectedVersion.exactly(new Version(3))));
    }

    @Test
    void changingWithoutIfMatch_acceptsAnyVersion() {
        useCases.answers(ALICE);

        mvc.put()
                .uri("/api/users/7")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"Alice\", \"email\": \"alice@example.com\"}")
                .exchange();

        assertThat(useCases.received(UpdateUserCommand.class).expected()).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void changingWithTheTagOfAGet_asksForTheVersionAtItsFront() {
        useCases.answers(new User(ALICE_ID, ALICE_DETAILS, new Version(4)));

        MvcTestResult response = mvc.put()
                .uri("/api/users/7")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", ALICE_GET_TAG)
                .content("{\"username\": \"Alice\", \"email\": \"alice@example.com\"}")
                .exchange();

        assertThat(response).hasStatus(200).hasHeader("ETag", "\"4\"");
        assertThat(useCases.received(UpdateUserCommand.class).expected())
                .isEqualTo(ExpectedVersion.exactly(new Version(3)));
    }

    @Test
    void deleting_is204_withNoBody_andAsksForTheVersionOfIfMatch() {
        MvcTestResult response =
                mvc.delete().uri("/api/users/7").header("If-Match", "\"3\"").exchange();

        assertThat(response).hasStatus(204).body().isEmpty();
        assertThat(useCases.received(DeleteUserCommand.class))
                .isEqualTo(
                        new DeleteUserCommand(StubUseCases.CALLER, ALICE_ID, ExpectedVersion.exactly(new Version(3))));
    }

    @Test
    void deletingWithIfMatchStar_acceptsAnyVersion() {
        mvc.delete().uri("/api/users/7").header("If-Match", "*").exchange();

        assertThat(useCases.received(DeleteUserCommand.class).expected()).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void deletingWithTheTagOfAGet_asksForTheVersionAtItsFront() {
        MvcTestResult response = mvc.delete()
                .uri("/api/users/7")
                .header("If-Match", ALICE_GET_TAG)
                .exchange();

        assertThat(response).hasStatus(204);
        assertThat(useCases.received(DeleteUserCommand.class).expected())
                .isEqualTo(ExpectedVersion.exactly(new Version(3)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"3-\"",
                "\"3-0123456789abcde\"",
                "\"3-0123456789ABCDEF\"",
                "\"3-0123456789abcdef0\"",
                "\"-0123456789abcdef\"",
                "W/\"3-0123456789abcdef\""
            })
    void anIfMatchShapedLikeNoTagRunlogGives_is412_andReachesNoUseCase(String ifMatch) {
        MvcTestResult response =
                mvc.delete().uri("/api/users/7").header("If-Match", ifMatch).exchange();

        assertThat(response).hasStatus(412);
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void everyAnswer_saysNosniff_andCarriesTheRequestId() {
        useCases.answers(new Page<>(List.of(), false));

        MvcTestResult response =
                mvc.get().uri("/api/users").header("X-Request-Id", "trace-42").exchange();

        assertThat(response).hasHeader("X-Content-Type-Options", "nosniff").hasHeader("X-Request-Id", "trace-42");
    }

    private MvcTestResult getAlice() {
        return mvc.get().uri("/api/users/7").exchange();
    }
}

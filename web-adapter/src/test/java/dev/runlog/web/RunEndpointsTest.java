package dev.runlog.web;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.DeleteRunCommand;
import dev.runlog.domain.port.in.ImportRunsCommand;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.UpdateRunCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;

import static dev.runlog.web.WebTestData.ALICE;
import static dev.runlog.web.WebTestData.ALICE_ID;
import static dev.runlog.web.WebTestData.ALICE_JSON;
import static dev.runlog.web.WebTestData.RUN;
import static dev.runlog.web.WebTestData.RUN_DETAILS;
import static dev.runlog.web.WebTestData.RUN_JSON;
import static dev.runlog.web.WebTestData.tagOfAnswer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs resources over stub use cases: what the controller passes in, and the statuses, headers
 * and JSON it answers.
 */
@WebMvcTest
class RunEndpointsTest {

    private static final String RUN_REQUEST = """
            {"distance": 5.2, "mood": "Happy", "date": "2026-11-24", "duration": "PT26M"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StubUseCases useCases;

    @BeforeEach
    void forgetEarlierCalls() {
        useCases.reset();
    }

    @Test
    void loggingARun_is201_withTheNewRunsLocationAndVersion_andPassesTheUserAndDetailsSent() {
        useCases.answers(RUN);

        MvcTestResult response = mvc.post()
                .uri("/api/users/7/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .content(RUN_REQUEST)
                .exchange();

        assertThat(response)
                .hasStatus(201)
                .hasHeader("Location", "/api/runs/11")
                .hasHeader("ETag", "\"1\"")
                .bodyJson()
                .isStrictlyEqualTo(RUN_JSON);
        assertThat(useCases.received(LogRunCommand.class))
                .isEqualTo(new LogRunCommand(StubUseCases.CALLER, ALICE_ID, RUN_DETAILS));
    }

    @Test
    void aBatchOfRuns_isImportedAsOne_inTheOrderSent_andIs201WithTheNewRuns() {
        RunDetails second = RunDetails.entered().distance(3.1).check();
        useCases.answers(List.of(RUN, new Run(new RunId(12), ALICE_ID, second, new Version(1))));

        MvcTestResult response = mvc.post()
                .uri("/api/users/7/runs/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[" + RUN_REQUEST + ", {\"distance\": 3.1}]")
                .exchange();

        assertThat(response)
                .hasStatus(201)
                .doesNotContainHeader("Location")
                .bodyJson()
                .isStrictlyEqualTo("""
                        [%s, {"id": 12, "distance": 3.1, "unit": "mi", "mood": null, "date": null, "start": null,
                              "zone": null, "duration": null, "pace": null, "userId": 7}]""".formatted(RUN_JSON));
        ImportRunsCommand command = useCases.received(ImportRunsCommand.class);
        assertThat(command.user()).isEqualTo(ALICE_ID);
        assertThat(command.runs().runs()).containsExactly(RUN_DETAILS, second);
    }

    @Test
    void anArraySentToLogOneRun_isMalformed_andLogsNothing() {
        MvcTestResult response = mvc.post()
                .uri("/api/users/7/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[" + RUN_REQUEST + "]")
                .exchange();

        assertThat(response)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:runlog:problem:malformed-request");
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void aRun_is200_withItsUser_taggedWithItsVersionAndADigestOfTheAnswer() {
        useCases.answers(new RunWithUser(RUN, ALICE));

        MvcTestResult response = mvc.get().uri("/api/runs/11").exchange();

        assertThat(response)
                .hasStatus(200)
                .hasHeader("ETag", tagOfAnswer(1, response.getResponse().getContentAsByteArray()))
                .bodyJson()
                .isStrictlyEqualTo(RUN_JSON.replace("}", ", \"user\": " + ALICE_JSON + "}"));
        assertThat(useCases.received(RunId.class)).isEqualTo(new RunId(11));
    }

    @Test
    void anUnchangedRun_askedIfNoneMatchTheLastTag_is304_withNoBody() {
        useCases.answers(new RunWithUser(RUN, ALICE));
        String tag = getRun().getResponse().getHeader("ETag");

        MvcTestResult again =
                mvc.get().uri("/api/runs/11").header("If-None-Match", tag).exchange();

        assertThat(again).hasStatus(304).hasHeader("ETag", tag).body().isEmpty();
    }

    @Test
    void itsUserRenamed_changesTheRunsTag_soTheLastTagGets200_withTheNewName() {
        useCases.answers(new RunWithUser(RUN, ALICE));
        String before = getRun().getResponse().getHeader("ETag");
        User renamed = new User(ALICE_ID, UserDetails.of("Alicia", "alice@example.com"), new Version(4));
        useCases.answers(new RunWithUser(RUN, renamed));

        MvcTestResult after =
                mvc.get().uri("/api/runs/11").header("If-None-Match", before).exchange();

        assertThat(after)
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.user.username")
                .isEqualTo("Alicia");
        assertThat(after.getResponse().getHeader("ETag")).startsWith("\"1-").isNotEqualTo(before);
    }

    @Test
    void aUsersRuns_passTheFilterAndPage_andTheNextPageKeepsTheFilter() {
        useCases.answers(new Page<>(List.of(RUN), true));

        MvcTestResult response = mvc.get()
                .uri("/api/users/7/runs?mood=happy&from=2026-11-01&after=3&limit=1")
                .exchange();

        String next = "/api/users/7/runs?mood=happy&from=2026-11-01&after=11&limit=1";
        assertThat(response)
                .hasStatus(200)
                .hasHeader("Link", "<" + next + ">; rel=\"next\"")
                .bodyJson()
                .isStrictlyEqualTo("{\"items\": [" + RUN_JSON + "], \"next\": \"" + next + "\"}");
        assertThat(useCases.received(UserId.class)).isEqualTo(ALICE_ID);
        assertThat(useCases.received(RunFilter.class)).isEqualTo(RunFilter.of("2026-11-01", null, "happy"));
        assertThat(useCases.received(PageRequest.class)).isEqualTo(new PageRequest(3, 1));
    }

    @Test
    void everybodysRuns_withoutParameters_areTheFirstPageOfAll() {
        useCases.answers(new Page<>(List.of(RUN), false));

        MvcTestResult response = mvc.get().uri("/api/runs").exchange();

        assertThat(response)
                .hasStatus(200)
                .bodyJson()
                .isStrictlyEqualTo("{\"items\": [" + RUN_JSON + "], \"next\": null}");
        assertThat(useCases.received(RunFilter.class)).isEqualTo(RunFilter.ALL);
        assertThat(useCases.received(PageRequest.class)).isEqualTo(PageRequest.first());
    }

    @Test
    void stats_sumUpTheUsersRunning_asJson() {
        useCases.answers(RunStats.of(List.of(RUN)));

        MvcTestResult response = mvc.get().uri("/api/users/7/stats").exchange();

        assertThat(response).hasStatus(200).bodyJson().isStrictlyEqualTo("""
                {"runs": 1, "totalMiles": 5.2, "averageMiles": 5.2, "longestMiles": 5.2, "bestPace": "PT5M",
                 "moods": [{"mood": "Happy", "runs": 1}]}""");
        assertThat(useCases.received(UserId.class)).isEqualTo(ALICE_ID);
    }

    @Test
    void correctingARunWithIfMatch_asksForThatVersion_andAnswersTheNewVersionAsETag() {
        useCases.answers(new Run(new RunId(11), ALICE_ID, RUN_DETAILS, new Version(2)));

        MvcTestResult response = mvc.put()
                .uri("/api/runs/11")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"")
                .content(RUN_REQUEST)
                .exchange();

        assertThat(response)
                .hasStatus(200)
                .hasHeader("ETag", "\"2\"")
                .bodyJson()
                .isStrictlyEqualTo(RUN_JSON);
        assertThat(useCases.received(UpdateRunCommand.class))
                .isEqualTo(new UpdateRunCommand(
                        StubUseCases.CALLER, new RunId(11), RUN_DETAILS, ExpectedVersion.exactly(new Version(1))));
    }

    @Test
    void deletingARun_is204_andAsksForTheVersionOfIfMatch() {
        MvcTestResult response =
                mvc.delete().uri("/api/runs/11").header("If-Match", " \"1\" ").exchange();

        assertThat(response).hasStatus(204).body().isEmpty();
        assertThat(useCases.received(DeleteRunCommand.class))
                .isEqualTo(new DeleteRunCommand(
                        StubUseCases.CALLER, new RunId(11), ExpectedVersion.exactly(new Version(1))));
    }

    @Test
    void correctingARunWithTheTagOfAGet_asksForTheVersionAtItsFront() {
        useCases.answers(new Run(new RunId(11), ALICE_ID, RUN_DETAILS, new Version(2)));

        MvcTestResult response = mvc.put()
                .uri("/api/runs/11")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1-0123456789abcdef\"")
                .content(RUN_REQUEST)
                .exchange();

        assertThat(response).hasStatus(200).hasHeader("ETag", "\"2\"");
        assertThat(useCases.received(UpdateRunCommand.class).expected())
                .isEqualTo(ExpectedVersion.exactly(new Version(1)));
    }

    @Test
    void deletingARunWithTheTagOfAGet_asksForTheVersionAtItsFront() {
        MvcTestResult response = mvc.delete()
                .uri("/api/runs/11")
                .header("If-Match", "\"1-0123456789abcdef\"")
                .exchange();

        assertThat(response).hasStatus(204);
        assertThat(useCases.received(DeleteRunCommand.class).expected())
                .isEqualTo(ExpectedVersion.exactly(new Version(1)));
    }

    private MvcTestResult getRun() {
        return mvc.get().uri("/api/runs/11").exchange();
    }
}

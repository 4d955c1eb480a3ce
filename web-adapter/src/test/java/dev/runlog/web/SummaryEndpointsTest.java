package dev.runlog.web;

import dev.runlog.domain.model.run.CalendarPeriod;
import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.PeriodSummary;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.run.Summaries;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.ChangePreferencesCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Summaries, records and preferences over stub use cases: what the controllers pass in, and the
 * JSON they answer, distances and paces in the answer's unit.
 */
@WebMvcTest
class SummaryEndpointsTest {

    private static final UserId ALICE = new UserId(7);
    private static final String SIGNED_IN = "Bearer " + StubUseCases.TOKEN;
    private static final Run TEN_K = new Run(
            new RunId(11),
            ALICE,
            RunDetails.entered()
                    .distance(10.0)
                    .unit("km")
                    .start("2026-11-24T07:30:00")
                    .zone("Europe/Paris")
                    .duration("PT48M")
                    .check(),
            Version.initial());

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StubUseCases useCases;

    @BeforeEach
    void forgetEarlierCalls() {
        useCases.reset();
    }

    @Test
    void summaries_passTheRequest_andAnswerEachPeriodInTheUnit_withTheNextPeriodsAddress() {
        PeriodSummary empty = PeriodSummary.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), List.of());
        PeriodSummary withTenK = PeriodSummary.of(
                LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 29),
                DayTally.of(TEN_K).stream().toList());
        useCases.answers(new Summaries(
                CalendarPeriod.WEEK,
                DayOfWeek.MONDAY,
                ZoneId.of("Europe/Paris"),
                DistanceUnit.KILOMETRES,
                List.of(empty, withTenK),
                Optional.of(LocalDate.of(2026, 11, 30))));

        var answer = mvc.get()
                .uri("/api/users/7/summaries?period=week&from=2026-11-16&limit=2")
                .header(HttpHeaders.AUTHORIZATION, SIGNED_IN)
                .exchange();

        String next = "/api/users/7/summaries?period=week&limit=2&from=2026-11-30";
        assertThat(answer).hasStatusOk().hasHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        assertThat(answer).bodyJson().isStrictlyEqualTo("""
                        {"period": "week", "weekStartsOn": "monday", "timeZone": "Europe/Paris", "unit": "km",
                         "items": [
                           {"start": "2026-11-16", "end": "2026-11-22", "runs": 0, "distance": 0.0, "duration": "PT0S",
                            "averageDuration": null, "averagePace": null, "longestRun": null, "longestDistance": 0.0},
                           {"start": "2026-11-23", "end": "2026-11-29", "runs": 1, "distance": 10.0,
                            "duration": "PT48M", "averageDuration": "PT48M", "averagePace": "PT4M48S", "longestRun": 11,
                            "longestDistance": 10.0}],
                         "next": "%s"}""".formatted(next));
        assertThat(useCases.received(SummaryRequest.class))
                .isEqualTo(SummaryRequest.of("week", "2026-11-16", null, null, 2));
        assertThat(useCases.received(UserId.class)).isEqualTo(ALICE);
    }

    @Test
    void records_nameTheirRuns_andSayWhenATimeIsProjected() {
        useCases.answers(PersonalRecords.of(List.of(TEN_K), DistanceUnit.KILOMETRES));

        var answer = mvc.get()
                .uri("/api/users/7/records?unit=km")
                .header(HttpHeaders.AUTHORIZATION, SIGNED_IN)
                .exchange();

        assertThat(answer).hasStatusOk();
        assertThat(answer)
                .bodyJson()
                .extractingPath("$.records[*].record")
                .isEqualTo(List.of("longest-run", "longest-duration", "best-pace", "5k", "10k"));
        assertThat(answer).bodyJson().extractingPath("$.records[3].time").isEqualTo("PT24M");
        assertThat(answer).bodyJson().extractingPath("$.records[3].projected").isEqualTo(true);
        assertThat(answer).bodyJson().extractingPath("$.records[4].projected").isEqualTo(false);
        assertThat(answer).bodyJson().extractingPath("$.records[0].run.start").isEqualTo("2026-11-24T07:30:00+01:00");
        assertThat(useCases.received(Optional.class)).contains(DistanceUnit.KILOMETRES);
    }

    @Test
    void anUnknownUnitOrPeriod_isA400NamingIt_andNoUseCaseIsCalled() {
        var answer = mvc.get()
                .uri("/api/users/7/summaries?period=fortnight&unit=yd")
                .header(HttpHeaders.AUTHORIZATION, SIGNED_IN)
                .exchange();

        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("period", "unit"));
        assertThat(useCases.wasCalled()).isFalse();
    }

    @Test
    void preferences_areReadAndReplaced_aFieldLeftOutTakingItsDefault() {
        useCases.answers(new RunnerPreferences(DistanceUnit.KILOMETRES, ZoneId.of("UTC"), DayOfWeek.MONDAY));

        var answer = mvc.put()
                .uri("/api/users/7/preferences")
                .header(HttpHeaders.AUTHORIZATION, SIGNED_IN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\": \"km\"}")
                .exchange();

        assertThat(answer).hasStatusOk();
        assertThat(answer).bodyJson().isStrictlyEqualTo("""
                {"unit": "km", "timeZone": "UTC", "weekStartsOn": "monday"}""");
        assertThat(useCases.received(ChangePreferencesCommand.class).preferences())
                .isEqualTo(RunnerPreferences.of("km", null, null));
    }
}

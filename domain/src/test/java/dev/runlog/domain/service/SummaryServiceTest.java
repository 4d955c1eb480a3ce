package dev.runlog.domain.service;

import dev.runlog.domain.model.run.CalendarPeriod;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.PeriodSummary;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.run.Summaries;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.ChangePreferencesCommand;
import dev.runlog.domain.port.in.DeleteRunCommand;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.UpdateRunCommand;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Summaries, records and preferences, on the in-memory adapter: a runner's own, in their unit and zone. */
class SummaryServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 23:30 on 30 November in UTC: already 1 December in Paris. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);

    private final Repositories repositories = Repositories.inMemory();
    private final RunService runs =
            new RunService(repositories.runs(), repositories.users(), repositories.preferences(), CLOCK);
    private final SummaryService summaries = new SummaryService(repositories.runs(), repositories.preferences(), CLOCK);
    private final PreferencesService preferences = new PreferencesService(repositories.preferences());

    private final User alice = repositories.users().add(aUser().details());
    private final Caller asAlice = Caller.runner(alice.id());
    private final User bob =
            repositories.users().add(aUser().withEmail("bob@example.com").details());

    @Test
    void aNewRunner_hasTheDefaultPreferences_andCanChangeThem() {
        assertThat(preferences.preferencesOf(asAlice, alice.id())).isEqualTo(RunnerPreferences.DEFAULT);

        RunnerPreferences paris = new RunnerPreferences(DistanceUnit.KILOMETRES, PARIS, DayOfWeek.SUNDAY);
        preferences.change(new ChangePreferencesCommand(asAlice, alice.id(), paris));

        assertThat(preferences.preferencesOf(asAlice, alice.id())).isEqualTo(paris);
    }

    @Test
    void anotherRunnersSummariesRecordsAndPreferences_areMissing() {
        Caller asBob = Caller.runner(bob.id());

        assertThatThrownBy(() -> summaries.summariesOf(asBob, alice.id(), SummaryRequest.latest(CalendarPeriod.WEEK)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> summaries.recordsOf(asBob, alice.id(), Optional.empty()))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> preferences.preferencesOf(asBob, alice.id()))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() ->
                        preferences.change(new ChangePreferencesCommand(asBob, alice.id(), RunnerPreferences.DEFAULT)))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aMissingRunner_hasNoSummariesNorRecords() {
        Caller admin = Caller.admin(new UserId(1_000));
        UserId missing = new UserId(999);

        assertThatThrownBy(() -> summaries.summariesOf(admin, missing, SummaryRequest.latest(CalendarPeriod.MONTH)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> summaries.recordsOf(admin, missing, Optional.empty()))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void summaries_areInTheRunnersUnitZoneAndWeeks_unlessAnotherUnitIsAsked() {
        preferences.change(new ChangePreferencesCommand(
                asAlice, alice.id(), new RunnerPreferences(DistanceUnit.KILOMETRES, PARIS, DayOfWeek.SUNDAY)));
        log(RunDetails.entered().distance(10.0).unit("km").start("2026-11-29T07:30:00"));

        Summaries weeks = summaries.summariesOf(asAlice, alice.id(), SummaryRequest.latest(CalendarPeriod.WEEK));

        assertThat(weeks.unit()).isEqualTo(DistanceUnit.KILOMETRES);
        assertThat(weeks.weekStartsOn()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(weeks.timeZone()).isEqualTo(PARIS);
        PeriodSummary thisWeek = weeks.periods().get(weeks.periods().size() - 1);
        assertThat(thisWeek.first()).isEqualTo("2026-11-29"); // today is Tuesday 1 December in Paris
        assertThat(thisWeek.runs()).isEqualTo(1);
        assertThat(summaries
                        .summariesOf(asAlice, alice.id(), SummaryRequest.of("week", null, null, "mi", null))
                        .unit())
                .isEqualTo(DistanceUnit.MILES);
    }

    @Test
    void aRunLoggedWithoutADate_isDatedTodayWhereTheRunnerIs() {
        preferences.change(new ChangePreferencesCommand(
                asAlice, alice.id(), new RunnerPreferences(DistanceUnit.MILES, PARIS, DayOfWeek.MONDAY)));

        Run run = log(RunDetails.entered().distance(3.0));

        assertThat(run.date()).contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aStartWithoutAnOffset_isInTheRunnersZone() {
        preferences.change(new ChangePreferencesCommand(
                asAlice, alice.id(), new RunnerPreferences(DistanceUnit.MILES, PARIS, DayOfWeek.MONDAY)));

        Run run = log(RunDetails.entered().distance(3.0).start("2026-07-14T07:30:00"));

        assertThat(run.start().orElseThrow().offset()).contains(ZoneOffset.ofHours(2));
        assertThat(run.start().orElseThrow().zone()).contains(PARIS);
    }

    @Test
    void deletingOrCorrectingTheRecordHoldingRun_movesTheRecord() {
        Run longest = log(RunDetails.entered().distance(13.1).date("2026-11-01").duration("PT2H"));
        Run shorter = log(RunDetails.entered().distance(6.2).date("2026-11-08").duration("PT50M"));
        assertThat(recordsOfAlice().longestRun()).contains(longest);

        Run corrected = runs.update(new UpdateRunCommand(
                asAlice,
                longest.id(),
                RunDetails.entered()
                        .distance(3.1)
                        .date("2026-11-01")
                        .duration("PT25M")
                        .check(),
                ExpectedVersion.any()));
        assertThat(recordsOfAlice().longestRun()).contains(shorter);
        assertThat(recordsOfAlice().longestDuration()).contains(shorter);

        runs.delete(new DeleteRunCommand(asAlice, shorter.id(), ExpectedVersion.any()));
        assertThat(recordsOfAlice().longestRun()).contains(corrected);
    }

    private PersonalRecords recordsOfAlice() {
        return summaries.recordsOf(asAlice, alice.id(), Optional.empty());
    }

    private Run log(RunDetails.Entered entered) {
        return runs.log(new LogRunCommand(asAlice, alice.id(), entered.check()));
    }
}

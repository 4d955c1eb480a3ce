package dev.runlog.domain.service;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.DeleteRunCommand;
import dev.runlog.domain.port.in.ImportRunsCommand;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.UpdateRunCommand;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run use cases, on the in-memory adapter: the domain tested without any database. */
class RunServiceTest {

    /** An admin, who may reach everyone's data: the tests of the rules on values act as one. */
    private static final Caller ADMIN = Caller.admin(new UserId(1_000_000));

    private final Repositories repositories = Repositories.inMemory();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final RunService service = new RunService(
            repositories.runs(),
            repositories.users(),
            repositories.preferences(),
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    private final User alice = repositories.users().add(aUser().details());

    @Test
    void aLoggedRun_isShownWithItsUser() {
        Run run = service.log(
                new LogRunCommand(ADMIN, alice.id(), aRun().withDistance(5.2).details()));

        var shown = service.get(ADMIN, run.id());

        assertThat(shown.run()).isEqualTo(run);
        assertThat(shown.user()).isEqualTo(alice);
    }

    @Test
    void loggingForAnUnknownUser_isRejected() {
        assertThatThrownBy(() -> service.log(new LogRunCommand(ADMIN, new UserId(99), aRun().details())))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void listingAnUnknownUsersRuns_isRejected_butAKnownUserWithoutRunsHasAnEmptyPage() {
        assertThatThrownBy(() -> service.listForUser(ADMIN, new UserId(99), RunFilter.ALL, PageRequest.first()))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(service.listForUser(ADMIN, alice.id(), RunFilter.ALL, PageRequest.first())
                        .items())
                .isEmpty();
    }

    @Test
    void importedRuns_areStoredInOrder_andThoseWithoutADateAreDatedToday() {
        LocalDate raceDay = LocalDate.of(2026, 10, 4);
        RunBatch batch = new RunBatch(List.of(
                aRun().withDistance(26.2).on("2026-10-04").details(),
                aRun().withDistance(3.1).details()));

        List<Run> imported = service.importRuns(new ImportRunsCommand(ADMIN, alice.id(), batch));

        assertThat(imported).extracting(run -> run.date().orElseThrow()).containsExactly(raceDay, TODAY);
        assertThat(service.listForUser(ADMIN, alice.id(), RunFilter.ALL, PageRequest.first())
                        .items())
                .containsExactlyElementsOf(imported);
    }

    @Test
    void importingForAnUnknownUser_isRejected_andStoresNothing() {
        RunBatch batch = new RunBatch(List.of(aRun().details()));

        assertThatThrownBy(() -> service.importRuns(new ImportRunsCommand(ADMIN, new UserId(99), batch)))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(service.listAll(ADMIN, RunFilter.ALL, PageRequest.first()).items())
                .isEmpty();
    }

    @Test
    void aCorrectedRun_keepsItsUser() {
        Run run = service.log(new LogRunCommand(
                ADMIN, alice.id(), aRun().withDistance(5.2).withMood("Happy").details()));

        Run corrected = service.update(new UpdateRunCommand(
                ADMIN, run.id(), aRun().withDistance(6.2).withoutMood().details(), ExpectedVersion.any()));

        assertThat(corrected.userId()).isEqualTo(alice.id());
        assertThat(corrected.distance().miles()).isEqualTo(6.2);
        assertThat(corrected.mood()).isEmpty();
        assertThat(service.listAll(ADMIN, RunFilter.ALL, PageRequest.first()).items())
                .containsExactly(corrected);
    }

    @Test
    void aRunLoggedOrCorrectedWithoutADate_isDatedToday_byTheServicesClock() {
        Run logged = service.log(new LogRunCommand(ADMIN, alice.id(), aRun().details()));
        Run dated = service.log(
                new LogRunCommand(ADMIN, alice.id(), aRun().on("2026-01-01").details()));
        Run corrected =
                service.update(new UpdateRunCommand(ADMIN, dated.id(), aRun().details(), ExpectedVersion.any()));

        assertThat(logged.date()).contains(TODAY);
        assertThat(dated.date()).contains(LocalDate.of(2026, 1, 1));
        assertThat(corrected.date()).contains(TODAY);
    }

    @Test
    void statsOfAUser_comeFromTheirRuns() {
        service.log(new LogRunCommand(ADMIN, alice.id(), aRun().withDistance(3).details()));
        service.log(new LogRunCommand(ADMIN, alice.id(), aRun().withDistance(5).details()));

        assertThat(service.statsOf(ADMIN, alice.id()).totalMiles()).isEqualTo(8.0);
    }

    @Test
    void anUnknownRun_isNotFound_toShowUpdateOrDelete() {
        RunId unknown = new RunId(99);

        assertThatThrownBy(() -> service.get(ADMIN, unknown)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() ->
                        service.update(new UpdateRunCommand(ADMIN, unknown, aRun().details(), ExpectedVersion.any())))
                .isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> service.delete(new DeleteRunCommand(ADMIN, unknown, ExpectedVersion.any())))
                .isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> service.statsOf(ADMIN, new UserId(99))).isInstanceOf(UserNotFoundException.class);
    }
}

package dev.runlog.domain.service;

import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunBatch;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunFilter;
import dev.runlog.domain.model.RunNotFoundException;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run use cases, on the in-memory adapter: the domain tested without any database. */
class RunServiceTest {

    private final Repositories repositories = Repositories.inMemory();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final RunService service = new RunService(repositories.runs(), repositories.users(),
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    private final User alice = repositories.users().add(aUser().details());

    @Test
    void aLoggedRun_isShownWithItsUser() {
        Run run = service.log(alice.id(), aRun().withDistance(5.2).details());

        var shown = service.get(run.id());

        assertThat(shown.run()).isEqualTo(run);
        assertThat(shown.user()).isEqualTo(alice);
    }

    @Test
    void loggingForAnUnknownUser_isRejected() {
        assertThatThrownBy(() -> service.log(new UserId(99), aRun().details())).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void listingAnUnknownUsersRuns_isRejected_butAKnownUserWithoutRunsHasAnEmptyPage() {
        assertThatThrownBy(() -> service.listForUser(new UserId(99), RunFilter.ALL, PageRequest.first()))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(service.listForUser(alice.id(), RunFilter.ALL, PageRequest.first()).items()).isEmpty();
    }

    @Test
    void importedRuns_areStoredInOrder_andThoseWithoutADateAreDatedToday() {
        LocalDate raceDay = LocalDate.of(2026, 10, 4);
        RunBatch batch = new RunBatch(List.of(aRun().withDistance(26.2).on("2026-10-04").details(),
                aRun().withDistance(3.1).details()));

        List<Run> imported = service.importRuns(alice.id(), batch);

        assertThat(imported).extracting(run -> run.date().orElseThrow()).containsExactly(raceDay, TODAY);
        assertThat(service.listForUser(alice.id(), RunFilter.ALL, PageRequest.first()).items())
                .containsExactlyElementsOf(imported);
    }

    @Test
    void importingForAnUnknownUser_isRejected_andStoresNothing() {
        RunBatch batch = new RunBatch(List.of(aRun().details()));

        assertThatThrownBy(() -> service.importRuns(new UserId(99), batch)).isInstanceOf(UserNotFoundException.class);
        assertThat(service.listAll(RunFilter.ALL, PageRequest.first()).items()).isEmpty();
    }

    @Test
    void aCorrectedRun_keepsItsUser() {
        Run run = service.log(alice.id(), aRun().withDistance(5.2).withMood("Happy").details());

        Run corrected = service.update(run.id(), aRun().withDistance(6.2).withoutMood().details(), Optional.empty());

        assertThat(corrected.userId()).isEqualTo(alice.id());
        assertThat(corrected.distance().miles()).isEqualTo(6.2);
        assertThat(corrected.mood()).isEmpty();
        assertThat(service.listAll(RunFilter.ALL, PageRequest.first()).items()).containsExactly(corrected);
    }

    @Test
    void aRunLoggedOrCorrectedWithoutADate_isDatedToday_byTheServicesClock() {
        Run logged = service.log(alice.id(), aRun().details());
        Run dated = service.log(alice.id(), aRun().on("2026-01-01").details());
        Run corrected = service.update(dated.id(), aRun().details(), Optional.empty());

        assertThat(logged.date()).contains(TODAY);
        assertThat(dated.date()).contains(LocalDate.of(2026, 1, 1));
        assertThat(corrected.date()).contains(TODAY);
    }

    @Test
    void statsOfAUser_comeFromTheirRuns() {
        service.log(alice.id(), aRun().withDistance(3).details());
        service.log(alice.id(), aRun().withDistance(5).details());

        assertThat(service.statsOf(alice.id()).totalMiles()).isEqualTo(8.0);
    }

    @Test
    void anUnknownRun_isNotFound_toShowUpdateOrDelete() {
        RunId unknown = new RunId(99);

        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> service.update(unknown, aRun().details(), Optional.empty())).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> service.delete(unknown, Optional.empty())).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> service.statsOf(new UserId(99))).isInstanceOf(UserNotFoundException.class);
    }
}

package dev.runlog.domain.service;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.DeleteRunCommand;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.ImportRunsCommand;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.UpdateRunCommand;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every use case on users and runs applies the ownership rule: a runner reaches only their own
 * data, another runner's answers exactly as a missing one, and nothing changes; an admin reaches
 * all of it.
 */
class OwnershipRulesTest {

    private final Repositories repositories = Repositories.inMemory();
    private final UserService users = new UserService(repositories.users());
    private final RunService runs =
            new RunService(repositories.runs(), repositories.users(), repositories.preferences(), Clock.systemUTC());

    private final User alice =
            repositories.users().add(aUser().withEmail("alice@example.com").details());
    private final User bob =
            repositories.users().add(aUser().withEmail("bob@example.com").details());
    private final Run alicesRun = repositories.runs().add(alice.id(), aRun().details());
    private final Run bobsRun = repositories.runs().add(bob.id(), aRun().details());
    private final Caller asAlice = Caller.runner(alice.id());
    private final Caller asAdmin = Caller.admin(bob.id());

    @Test
    void aRunner_readsTheirOwnUserRunsAndStats() {
        assertThat(users.get(asAlice, alice.id()).user()).isEqualTo(alice);
        assertThat(runs.get(asAlice, alicesRun.id()).run()).isEqualTo(alicesRun);
        assertThat(runs.listForUser(asAlice, alice.id(), RunFilter.ALL, PageRequest.first())
                        .items())
                .containsExactly(alicesRun);
        assertThat(runs.statsOf(asAlice, alice.id()).runs()).isEqualTo(1);
    }

    @Test
    void anotherRunnersUserAndRuns_areNotFound_exactlyAsMissingOnes() {
        assertThatThrownBy(() -> users.get(asAlice, bob.id()))
                .isInstanceOf(UserNotFoundException.class)
                .hasMessage("No user with id " + bob.id().value() + " exists.");
        assertThatThrownBy(() -> runs.get(asAlice, bobsRun.id()))
                .isInstanceOf(RunNotFoundException.class)
                .hasMessage(new RunNotFoundException(bobsRun.id()).getMessage());
        assertThatThrownBy(() -> runs.listForUser(asAlice, bob.id(), RunFilter.ALL, PageRequest.first()))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> runs.statsOf(asAlice, bob.id())).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void anotherRunnersData_cannotBeChanged_andStaysAsItWas() {
        assertThatThrownBy(() -> users.update(
                        new UpdateUserCommand(asAlice, bob.id(), aUser().details(), ExpectedVersion.any())))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> users.delete(new DeleteUserCommand(asAlice, bob.id(), ExpectedVersion.any())))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> runs.log(new LogRunCommand(asAlice, bob.id(), aRun().details())))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> runs.importRuns(
                        new ImportRunsCommand(asAlice, bob.id(), new RunBatch(List.of(aRun().details())))))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> runs.update(new UpdateRunCommand(
                        asAlice, bobsRun.id(), aRun().withDistance(1).details(), ExpectedVersion.any())))
                .isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runs.delete(new DeleteRunCommand(asAlice, bobsRun.id(), ExpectedVersion.any())))
                .isInstanceOf(RunNotFoundException.class);

        assertThat(repositories.users().findById(bob.id())).contains(bob);
        assertThat(repositories
                        .runs()
                        .findPageByUser(bob.id(), RunFilter.ALL, PageRequest.first())
                        .items())
                .containsExactly(bobsRun);
    }

    @Test
    void aRunnersLists_holdOnlyThemselvesAndTheirOwnRuns() {
        assertThat(users.list(asAlice, PageRequest.first()).items()).containsExactly(alice);
        assertThat(users.list(asAlice, new PageRequest(alice.id().value(), 20)).items())
                .as("the page after their own id")
                .isEmpty();
        assertThat(runs.listAll(asAlice, RunFilter.ALL, PageRequest.first()).items())
                .containsExactly(alicesRun);
    }

    @Test
    void anAdmin_readsAndChangesEveryonesData_andListsEveryone() {
        assertThat(users.list(asAdmin, PageRequest.first()).items()).containsExactly(alice, bob);
        assertThat(runs.listAll(asAdmin, RunFilter.ALL, PageRequest.first()).items())
                .containsExactly(alicesRun, bobsRun);
        assertThat(users.get(asAdmin, alice.id()).user()).isEqualTo(alice);

        runs.delete(new DeleteRunCommand(asAdmin, alicesRun.id(), ExpectedVersion.any()));

        assertThat(repositories.runs().ownerOf(alicesRun.id())).isEmpty();
    }

    @Test
    void aRunner_changesTheirOwnRuns() {
        Run corrected = runs.update(new UpdateRunCommand(
                asAlice, alicesRun.id(), aRun().withDistance(9).details(), ExpectedVersion.any()));

        assertThat(corrected.distance().miles()).isEqualTo(9.0);
    }
}

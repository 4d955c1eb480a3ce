package dev.runlog.domain.testing;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link RunRepository} must do, whatever it stores runs in. An adapter proves it
 * keeps the contract by extending this class and saying how to get empty repositories; the
 * in-memory and the MariaDB adapters both do.
 */
public abstract class RunRepositoryContractTest {

    protected UserRepository users;
    protected RunRepository runs;
    protected User alice;

    /** A user repository and a run repository over one store that holds nothing yet. */
    protected abstract Repositories emptyRepositories();

    @BeforeEach
    void startWithAlice() {
        Repositories repositories = emptyRepositories();
        users = repositories.users();
        runs = repositories.runs();
        alice = users.add(aUser().withUsername("Alice").details());
    }

    @Test
    void aLoggedRun_getsAnId_andKeepsItsValuesExactly() {
        Run run = runs.add(alice.id(), aRun().withDistance(5.2).withMood("Happy").details());

        Run stored = runs.findById(run.id()).orElseThrow();
        assertThat(stored).isEqualTo(run);
        assertThat(stored.distance().miles()).isEqualTo(5.2); // not 5.19999980926514
        assertThat(stored.userId()).isEqualTo(alice.id());
    }

    @Test
    void aRunWithoutMood_hasNoneWhenRead() {
        Run run = runs.add(alice.id(), aRun().withoutMood().details());

        assertThat(runs.findById(run.id()).orElseThrow().mood()).isEmpty();
    }

    @Test
    void anEmojiMood_roundTrips() {
        Run run = runs.add(alice.id(), aRun().withMood("😀".repeat(50)).details());

        assertThat(runs.findById(run.id()).orElseThrow().mood().orElseThrow().value()).isEqualTo("😀".repeat(50));
    }

    @Test
    void loggingARunForAnUnknownUser_isReportedAsUserNotFound_andStoresNothing() {
        assertThatThrownBy(() -> runs.add(new UserId(Long.MAX_VALUE), aRun().details()))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(runs.findPage(PageRequest.first()).items()).isEmpty();
    }

    @Test
    void aRunIsFoundWithItsUser() {
        Run run = runs.add(alice.id(), aRun().details());

        assertThat(runs.findWithUserById(run.id())).contains(new RunWithUser(run, alice));
    }

    @Test
    void anUnknownRunId_findsNothing() {
        RunId unknown = new RunId(Long.MAX_VALUE);

        assertThat(runs.findById(unknown)).isEmpty();
        assertThat(runs.findWithUserById(unknown)).isEmpty();
        assertThat(runs.update(Run.withId(unknown, alice.id(), aRun().details()))).isFalse();
        assertThat(runs.remove(unknown)).isFalse();
    }

    @Test
    void pagesOfAllRuns_followedToTheEnd_visitEveryRunOnce_acrossUsers() {
        User bob = users.add(aUser().details());
        List<Run> logged = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> runs.add(i % 2 == 0 ? alice.id() : bob.id(), aRun().withDistance(i).details()))
                .toList();

        assertThat(followAllPages(runs::findPage, 4)).containsExactlyElementsOf(logged);
    }

    @Test
    void pagesOfOneUsersRuns_holdOnlyTheirRuns_inIdOrder() {
        User bob = users.add(aUser().details());
        List<Run> alicesRuns = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            alicesRuns.add(runs.add(alice.id(), aRun().withDistance(i).details()));
            runs.add(bob.id(), aRun().details());
        }

        assertThat(followAllPages(page -> runs.findPageByUser(alice.id(), page), 2)).containsExactlyElementsOf(alicesRuns);
    }

    @Test
    void aPageOfAnUnknownUsersRuns_isEmpty() {
        Page<Run> page = runs.findPageByUser(new UserId(Long.MAX_VALUE), PageRequest.first());

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void anUpdate_replacesDistanceAndMood_andKeepsTheUser() {
        Run run = runs.add(alice.id(), aRun().withDistance(5.2).withMood("Happy").details());
        Run corrected = run.withDetails(aRun().withDistance(6.2).withoutMood().details());

        assertThat(runs.update(corrected)).isTrue();
        assertThat(runs.findById(run.id())).contains(corrected);
    }

    @Test
    void aRemovedRun_isGone_andItsUserStays() {
        Run run = runs.add(alice.id(), aRun().details());

        assertThat(runs.remove(run.id())).isTrue();
        assertThat(runs.findById(run.id())).isEmpty();
        assertThat(users.exists(alice.id())).isTrue();
    }

    private static List<Run> followAllPages(Function<PageRequest, Page<Run>> reader, int limit) {
        List<Run> visited = new ArrayList<>();
        PageRequest request = new PageRequest(0, limit);
        while (true) {
            Page<Run> page = reader.apply(request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            visited.addAll(page.items());
            if (!page.hasNext()) {
                return visited;
            }
            request = new PageRequest(page.items().get(page.items().size() - 1).id().value(), limit);
        }
    }
}

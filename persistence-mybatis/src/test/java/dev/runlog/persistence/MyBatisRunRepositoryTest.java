package dev.runlog.persistence;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserDetails;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.UserMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import static dev.runlog.persistence.MyBatisTestSupport.STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MyBatisRunRepositoryTest {

    private final MyBatisUserRepository users =
            new MyBatisUserRepository(MyBatisTestSupport.sessions().getMapper(UserMapper.class));
    private final MyBatisRunRepository runs =
            new MyBatisRunRepository(MyBatisTestSupport.sessions().getMapper(RunMapper.class));

    private User alice;

    @BeforeEach
    void startWithAlice() {
        MyBatisTestSupport.deleteAllRows();
        alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        STATEMENTS.reset();
    }

    @Test
    void aLoggedRun_getsAnId_andKeepsItsValuesExactly() {
        Run run = runs.add(alice.id(), RunDetails.of(5.2, "Happy"));

        Run stored = runs.findById(run.id()).orElseThrow();
        assertThat(stored).isEqualTo(run);
        assertThat(stored.distance().miles()).isEqualTo(5.2); // not 5.19999980926514: the column is a double
        assertThat(stored.userId()).isEqualTo(alice.id());
    }

    @Test
    void aRunWithoutMood_hasNoneWhenRead() {
        Run run = runs.add(alice.id(), RunDetails.of(3.0, null));

        assertThat(runs.findById(run.id()).orElseThrow().mood()).isEmpty();
    }

    @Test
    void anEmojiMood_roundTrips() {
        Run run = runs.add(alice.id(), RunDetails.of(3.0, "😀".repeat(50)));

        assertThat(runs.findById(run.id()).orElseThrow().mood().orElseThrow().value()).isEqualTo("😀".repeat(50));
    }

    @Test
    void loggingARunForAnUnknownUser_isReportedAsUserNotFound_andStoresNothing() {
        assertThatThrownBy(() -> runs.add(new UserId(Long.MAX_VALUE), RunDetails.of(5.2, "Happy")))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(runs.findPage(PageRequest.first()).items()).isEmpty();
    }

    @Test
    void aRunWithItsUser_isLoadedInOneStatement() {
        Run run = runs.add(alice.id(), RunDetails.of(5.2, "Happy"));
        STATEMENTS.reset();

        RunWithUser loaded = runs.findWithUserById(run.id()).orElseThrow();

        assertThat(loaded).isEqualTo(new RunWithUser(run, alice));
        assertThat(STATEMENTS.count()).isEqualTo(1);
    }

    @Test
    void anUnknownRunId_findsNothing() {
        RunId unknown = new RunId(Long.MAX_VALUE);
        assertThat(runs.findById(unknown)).isEmpty();
        assertThat(runs.findWithUserById(unknown)).isEmpty();
        assertThat(runs.update(Run.withId(unknown, alice.id(), RunDetails.of(1.0, null)))).isFalse();
        assertThat(runs.remove(unknown)).isFalse();
    }

    @Test
    void pagesOfAllRuns_followedToTheEnd_visitEveryRunOnce_acrossUsers() {
        User bob = users.add(UserDetails.of("Bob", "bob@example.com"));
        List<Run> logged = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> runs.add(i % 2 == 0 ? alice.id() : bob.id(), RunDetails.of((double) i, null)))
                .toList();

        assertThat(followAllPages(request -> runs.findPage(request), 4)).containsExactlyElementsOf(logged);
    }

    @Test
    void pagesOfOneUsersRuns_holdOnlyTheirRuns_inIdOrder() {
        User bob = users.add(UserDetails.of("Bob", "bob@example.com"));
        List<Run> alicesRuns = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            alicesRuns.add(runs.add(alice.id(), RunDetails.of((double) i, "Happy")));
            runs.add(bob.id(), RunDetails.of((double) i, "Bob's"));
        }

        assertThat(followAllPages(request -> runs.findPageByUser(alice.id(), request), 2))
                .containsExactlyElementsOf(alicesRuns);
    }

    @Test
    void aPageOfAnUnknownUsersRuns_isEmpty() {
        var page = runs.findPageByUser(new UserId(Long.MAX_VALUE), PageRequest.first());

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void anUpdate_replacesDistanceAndMood_andKeepsTheUser() {
        Run run = runs.add(alice.id(), RunDetails.of(5.2, "Happy"));
        Run corrected = run.withDetails(RunDetails.of(6.2, null));

        assertThat(runs.update(corrected)).isTrue();
        assertThat(runs.findById(run.id())).contains(corrected);
    }

    @Test
    void aRemovedRun_isGone_andItsUserStays() {
        Run run = runs.add(alice.id(), RunDetails.of(5.2, "Happy"));

        assertThat(runs.remove(run.id())).isTrue();
        assertThat(runs.findById(run.id())).isEmpty();
        assertThat(users.exists(alice.id())).isTrue();
    }

    private static List<Run> followAllPages(Function<PageRequest, Page<Run>> reader, int limit) {
        List<Run> visited = new ArrayList<>();
        PageRequest request = new PageRequest(0, limit);
        while (true) {
            var page = reader.apply(request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            visited.addAll(page.items());
            if (!page.hasNext()) {
                return visited;
            }
            request = new PageRequest(page.items().get(page.items().size() - 1).id().value(), limit);
        }
    }
}

package dev.runlog.persistence;

import dev.runlog.domain.model.EmailAlreadyTakenException;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserDetails;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserWithRuns;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.UserMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static dev.runlog.persistence.MyBatisTestSupport.STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MyBatisUserRepositoryTest {

    private final MyBatisUserRepository users =
            new MyBatisUserRepository(MyBatisTestSupport.sessions().getMapper(UserMapper.class));
    private final MyBatisRunRepository runs =
            new MyBatisRunRepository(MyBatisTestSupport.sessions().getMapper(RunMapper.class));

    @BeforeEach
    void startEmpty() {
        MyBatisTestSupport.deleteAllRows();
        STATEMENTS.reset();
    }

    @Test
    void anAddedUser_getsAnId_andIsFoundByIt() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));

        assertThat(alice.id().value()).isPositive();
        assertThat(users.findById(alice.id())).contains(alice);
        assertThat(users.exists(alice.id())).isTrue();
    }

    @Test
    void anUnknownId_findsNothing() {
        UserId unknown = new UserId(Long.MAX_VALUE);
        assertThat(users.findById(unknown)).isEmpty();
        assertThat(users.findWithRunsById(unknown)).isEmpty();
        assertThat(users.exists(unknown)).isFalse();
    }

    @Test
    void addingAnEmailThatIsTakenInAnyCase_isReportedAsTaken_andStoresNothing() {
        users.add(UserDetails.of("Alice", "alice@example.com"));

        assertThatThrownBy(() -> users.add(UserDetails.of("Another Alice", "ALICE@Example.COM")))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(users.findPage(PageRequest.first()).items()).hasSize(1);
    }

    @Test
    void unicodeAndEmoji_roundTrip() {
        User user = users.add(UserDetails.of("Zoë 🏃‍♀️ 山田", "zoë+🏃@例え.jp"));

        assertThat(users.findById(user.id()).orElseThrow().username().value()).isEqualTo("Zoë 🏃‍♀️ 山田");
        assertThat(users.findById(user.id()).orElseThrow().email().value()).isEqualTo("zoë+🏃@例え.jp");
    }

    @Test
    void aUserWithoutRuns_isLoadedWithAnEmptyList_inOneStatement() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        STATEMENTS.reset();

        UserWithRuns loaded = users.findWithRunsById(alice.id()).orElseThrow();

        assertThat(loaded.user()).isEqualTo(alice);
        assertThat(loaded.runs()).isEmpty();
        assertThat(STATEMENTS.count()).isEqualTo(1);
    }

    @Test
    void aUserWithOneRun_isLoadedWithIt_inOneStatement() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        Run run = runs.add(alice.id(), RunDetails.of(5.2, "Happy"));
        STATEMENTS.reset();

        UserWithRuns loaded = users.findWithRunsById(alice.id()).orElseThrow();

        assertThat(loaded.runs()).containsExactly(run);
        assertThat(loaded.runs().get(0).distance().miles()).isEqualTo(5.2);
        assertThat(STATEMENTS.count()).isEqualTo(1);
    }

    @Test
    void aUserWithManyRuns_isLoadedWithAllOfThemInIdOrder_inOneStatement_andNotWithOthersRuns() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        User bob = users.add(UserDetails.of("Bob", "bob@example.com"));
        List<Run> alicesRuns = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            alicesRuns.add(runs.add(alice.id(), RunDetails.of(i / 10.0, i % 2 == 0 ? "Happy" : null)));
            runs.add(bob.id(), RunDetails.of(1.0, "Bob's"));
        }
        STATEMENTS.reset();

        UserWithRuns loaded = users.findWithRunsById(alice.id()).orElseThrow();

        assertThat(loaded.runs()).containsExactlyElementsOf(alicesRuns);
        assertThat(STATEMENTS.count()).isEqualTo(1);
    }

    @Test
    void pages_followedToTheEnd_visitEveryUserOnce_inIdOrder() {
        List<User> added = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> users.add(UserDetails.of("User " + i, "user" + i + "@example.com")))
                .toList();

        List<User> visited = new ArrayList<>();
        PageRequest request = new PageRequest(0, 3);
        List<Boolean> hasNext = new ArrayList<>();
        while (true) {
            var page = users.findPage(request);
            visited.addAll(page.items());
            hasNext.add(page.hasNext());
            if (!page.hasNext()) {
                break;
            }
            request = new PageRequest(page.items().get(page.items().size() - 1).id().value(), 3);
        }

        assertThat(visited).containsExactlyElementsOf(added);
        assertThat(hasNext).containsExactly(true, true, false);
    }

    @Test
    void aPageThatEndsExactlyAtTheLastUser_saysNoNextPage() {
        users.add(UserDetails.of("One", "one@example.com"));
        users.add(UserDetails.of("Two", "two@example.com"));

        var page = users.findPage(new PageRequest(0, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aPageAfterTheLastUser_isEmpty() {
        User last = users.add(UserDetails.of("Only", "only@example.com"));

        var page = users.findPage(new PageRequest(last.id().value(), 20));

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void anUpdate_replacesTheDetails_andIsFoundEvenWhenNothingChanges() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        User renamed = User.withId(alice.id(), UserDetails.of("Alice Liddell", "alice@wonderland.org"));

        assertThat(users.update(renamed)).isTrue();
        assertThat(users.findById(alice.id())).contains(renamed);
        assertThat(users.update(renamed)).as("same values again").isTrue();
    }

    @Test
    void anUpdateOfAnUnknownUser_findsNothingToChange() {
        assertThat(users.update(User.withId(new UserId(Long.MAX_VALUE), UserDetails.of("Nobody", "nobody@example.com"))))
                .isFalse();
    }

    @Test
    void anUpdateToAnotherUsersEmailInAnyCase_isReportedAsTaken_andChangesNothing() {
        users.add(UserDetails.of("Alice", "alice@example.com"));
        User bob = users.add(UserDetails.of("Bob", "bob@example.com"));

        assertThatThrownBy(() -> users.update(User.withId(bob.id(), UserDetails.of("Bob", "Alice@example.com"))))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(users.findById(bob.id())).contains(bob);
    }

    @Test
    void aUserMayChangeTheCaseOfTheirOwnEmail() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));

        assertThat(users.update(User.withId(alice.id(), UserDetails.of("Alice", "ALICE@example.com")))).isTrue();
    }

    @Test
    void removingAUser_removesTheirRunsToo_andLeavesOthersAlone() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        User bob = users.add(UserDetails.of("Bob", "bob@example.com"));
        var alicesRun = runs.add(alice.id(), RunDetails.of(5.2, "Happy"));
        var bobsRun = runs.add(bob.id(), RunDetails.of(3.1, null));

        assertThat(users.remove(alice.id())).isTrue();

        assertThat(users.exists(alice.id())).isFalse();
        assertThat(runs.findById(alicesRun.id())).isEmpty();
        assertThat(runs.findById(bobsRun.id())).contains(bobsRun);
        assertThat(users.remove(alice.id())).as("removing again").isFalse();
    }
}

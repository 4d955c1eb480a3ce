package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link UserRepository} must do, whatever it stores users in. An adapter proves it
 * keeps the contract by extending this class and saying how to get empty repositories; the
 * in-memory and the MariaDB adapters both do.
 */
public abstract class UserRepositoryContractTest {

    private static final ExpectedVersion ANY_VERSION = ExpectedVersion.any();

    protected UserRepository users;
    protected RunRepository runs;

    /** A user repository and a run repository over one store that holds nothing yet. */
    protected abstract Repositories emptyRepositories();

    @BeforeEach
    void startEmpty() {
        Repositories repositories = emptyRepositories();
        users = repositories.users();
        runs = repositories.runs();
    }

    @Test
    void anAddedUser_getsAnId_andIsFoundByIt() {
        User alice = users.add(aUser().withUsername("Alice").details());

        assertThat(alice.id().value()).isPositive();
        assertThat(alice.username().value()).isEqualTo("Alice");
        assertThat(storedUser(alice.id())).contains(alice);
        assertThat(users.exists(alice.id())).isTrue();
    }

    @Test
    void eachAddedUser_getsADifferentId() {
        User first = users.add(aUser().details());
        User second = users.add(aUser().details());

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void anUnknownId_findsNothing() {
        UserId unknown = new UserId(Long.MAX_VALUE);

        assertThat(storedUser(unknown)).isEmpty();
        assertThat(users.findWithRunsById(unknown)).isEmpty();
        assertThat(users.findById(unknown)).isEmpty();
        assertThat(users.exists(unknown)).isFalse();
    }

    @Test
    void aUserFoundByIdAlone_isTheUserAsStoredNow_withoutTheirRuns() {
        User alice = users.add(aUser().details());
        runs.add(alice.id(), aRun().details());
        User renamed = users.update(
                        alice.id(), aUser().withUsername("Alice Liddell").details(), ANY_VERSION)
                .orElseThrow();

        assertThat(users.findById(alice.id())).contains(renamed);
        assertThat(users.findById(alice.id())).isEqualTo(storedUser(alice.id()));
    }

    @Test
    void aRemovedUser_isNotFoundByIdAlone() {
        User alice = users.add(aUser().details());
        User bob = users.add(aUser().details());

        users.remove(alice.id(), ANY_VERSION);

        assertThat(users.findById(alice.id())).isEmpty();
        assertThat(users.findById(bob.id())).contains(bob);
    }

    @Test
    void addingAnEmailThatIsTakenInAnyCase_isReportedAsTaken_andStoresNothing() {
        users.add(aUser().withEmail("alice@example.com").details());

        assertThatThrownBy(
                        () -> users.add(aUser().withEmail("ALICE@Example.COM").details()))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(users.findPage(PageRequest.first()).items()).hasSize(1);
    }

    @Test
    void unicodeAndEmoji_roundTrip() {
        User user = users.add(UserDetails.of("Zoë 🏃‍♀️ 山田", "zoë+🏃@例え.jp"));

        User found = storedUser(user.id()).orElseThrow();
        assertThat(found.username().value()).isEqualTo("Zoë 🏃‍♀️ 山田");
        assertThat(found.email().value()).isEqualTo("zoë+🏃@例え.jp");
    }

    @Test
    void aUserWithoutRuns_isFoundWithAnEmptyList() {
        User alice = users.add(aUser().details());

        UserWithRuns found = users.findWithRunsById(alice.id()).orElseThrow();

        assertThat(found.user()).isEqualTo(alice);
        assertThat(found.runs()).isEmpty();
    }

    @Test
    void aUserWithRuns_isFoundWithAllOfThemInIdOrder_andNotWithOthersRuns() {
        User alice = users.add(aUser().details());
        User bob = users.add(aUser().details());
        List<Run> alicesRuns = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            alicesRuns.add(runs.add(
                    alice.id(),
                    aRun().withDistance(i / 10.0)
                            .withMood(i % 2 == 0 ? "Happy" : null)
                            .details()));
            runs.add(bob.id(), aRun().details());
        }

        assertThat(users.findWithRunsById(alice.id()).orElseThrow().runs()).containsExactlyElementsOf(alicesRuns);
    }

    @Test
    void pages_followedToTheEnd_visitEveryUserOnce_inIdOrder() {
        List<User> added = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> users.add(aUser().details()))
                .toList();

        List<User> visited = new ArrayList<>();
        List<Boolean> hasNext = new ArrayList<>();
        PageRequest request = new PageRequest(0, 3);
        while (true) {
            Page<User> page = users.findPage(request);
            visited.addAll(page.items());
            hasNext.add(page.hasNext());
            if (!page.hasNext()) {
                break;
            }
            request = new PageRequest(
                    page.items().get(page.items().size() - 1).id().value(), 3);
        }

        assertThat(visited).containsExactlyElementsOf(added);
        assertThat(hasNext).containsExactly(true, true, false);
    }

    @Test
    void aPageThatEndsExactlyAtTheLastUser_saysNoNextPage() {
        users.add(aUser().details());
        users.add(aUser().details());

        Page<User> page = users.findPage(new PageRequest(0, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aPageAfterTheLastUser_isEmpty() {
        User last = users.add(aUser().details());

        Page<User> page = users.findPage(new PageRequest(last.id().value(), 20));

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void anAddedUser_isAtTheInitialVersion() {
        assertThat(users.add(aUser().details()).version()).isEqualTo(Version.initial());
    }

    @Test
    void anUpdate_replacesTheDetails_andCountsTheVersionUp_evenWhenNothingChanges() {
        User alice = users.add(aUser().details());
        UserDetails renamed = UserDetails.of("Alice Liddell", "alice@wonderland.org");

        User updated = users.update(alice.id(), renamed, ANY_VERSION).orElseThrow();

        assertThat(updated).isEqualTo(new User(alice.id(), renamed, new Version(1)));
        assertThat(storedUser(alice.id())).contains(updated);
        assertThat(users.update(alice.id(), renamed, ANY_VERSION).orElseThrow().version())
                .as("the same values again")
                .isEqualTo(new Version(2));
    }

    @Test
    void anUpdateAtTheExpectedVersion_applies_andOneAtAnotherVersion_isRefusedAndChangesNothing() {
        User alice = users.add(aUser().details());
        User updated = users.update(
                        alice.id(), aUser().withUsername("First").details(), ExpectedVersion.exactly(new Version(0)))
                .orElseThrow();

        assertThatThrownBy(() -> users.update(
                        alice.id(), aUser().withUsername("Second").details(), ExpectedVersion.exactly(new Version(0))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(storedUser(alice.id())).contains(updated);
    }

    @Test
    void anUpdateOfAnUnknownUser_findsNothingToChange() {
        assertThat(users.update(new UserId(Long.MAX_VALUE), aUser().details(), ANY_VERSION))
                .isEmpty();
        assertThat(users.update(new UserId(Long.MAX_VALUE), aUser().details(), ExpectedVersion.exactly(new Version(0))))
                .isEmpty();
    }

    @Test
    void anUpdateToAnotherUsersEmailInAnyCase_isReportedAsTaken_andChangesNothing() {
        users.add(aUser().withEmail("alice@example.com").details());
        User bob = users.add(aUser().withEmail("bob@example.com").details());

        assertThatThrownBy(() -> users.update(
                        bob.id(), aUser().withEmail("Alice@example.com").details(), ANY_VERSION))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(storedUser(bob.id())).contains(bob);
    }

    @Test
    void aUserMayChangeTheCaseOfTheirOwnEmail() {
        User alice = users.add(aUser().withEmail("alice@example.com").details());

        assertThat(users.update(
                        alice.id(), aUser().withEmail("ALICE@example.com").details(), ANY_VERSION))
                .isPresent();
    }

    @Test
    void removingAUser_removesTheirRunsToo_andLeavesOthersAlone() {
        User alice = users.add(aUser().details());
        User bob = users.add(aUser().details());
        Run alicesRun = runs.add(alice.id(), aRun().details());
        Run bobsRun = runs.add(bob.id(), aRun().details());

        assertThat(users.remove(alice.id(), ANY_VERSION)).isTrue();

        assertThat(users.exists(alice.id())).isFalse();
        assertThat(storedRun(alicesRun.id())).isEmpty();
        assertThat(storedRun(bobsRun.id())).contains(bobsRun);
        assertThat(users.remove(alice.id(), ANY_VERSION)).as("removing again").isFalse();
    }

    @Test
    void aRemovalAtAnotherVersion_isRefused_andRemovesNothing() {
        User alice = users.add(aUser().details());
        users.update(alice.id(), aUser().details(), ANY_VERSION);

        assertThatThrownBy(() -> users.remove(alice.id(), ExpectedVersion.exactly(new Version(0))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(users.exists(alice.id())).isTrue();
        assertThat(users.remove(alice.id(), ExpectedVersion.exactly(new Version(1))))
                .isTrue();
    }

    /** The user as stored, read the way the use cases read one user. */
    private Optional<User> storedUser(UserId id) {
        return users.findWithRunsById(id).map(UserWithRuns::user);
    }

    /** The run as stored, read the way the use cases read one run. */
    private Optional<Run> storedRun(RunId id) {
        return runs.findWithUserById(id).map(RunWithUser::run);
    }
}

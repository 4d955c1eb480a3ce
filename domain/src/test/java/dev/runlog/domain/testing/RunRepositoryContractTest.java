package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.MoodCount;
import dev.runlog.domain.model.run.PeriodSummary;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunStart;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * What every {@link RunRepository} must do, whatever it stores runs in. An adapter proves it
 * keeps the contract by extending this class and saying how to get empty repositories; the
 * in-memory and the MariaDB adapters both do.
 */
public abstract class RunRepositoryContractTest {

    private static final ExpectedVersion ANY_VERSION = ExpectedVersion.any();

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
        Run run =
                runs.add(alice.id(), aRun().withDistance(5.2).withMood("Happy").details());

        Run stored = storedRun(run.id()).orElseThrow();
        assertThat(stored).isEqualTo(run);
        assertThat(stored.distance().miles()).isEqualTo(5.2); // not 5.19999980926514
        assertThat(stored.userId()).isEqualTo(alice.id());
    }

    @Test
    void aRunWithoutMood_hasNoneWhenRead() {
        Run run = runs.add(alice.id(), aRun().withoutMood().details());

        assertThat(storedRun(run.id()).orElseThrow().mood()).isEmpty();
    }

    @Test
    void anEmojiMood_roundTrips() {
        Run run = runs.add(alice.id(), aRun().withMood("😀".repeat(50)).details());

        assertThat(storedRun(run.id()).orElseThrow().mood().orElseThrow().value())
                .isEqualTo("😀".repeat(50));
    }

    @Test
    void loggingARunForAnUnknownUser_isReportedAsUserNotFound_andStoresNothing() {
        assertThatThrownBy(() -> runs.add(new UserId(Long.MAX_VALUE), aRun().details()))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(runs.findPage(RunFilter.ALL, PageRequest.first()).items()).isEmpty();
    }

    @Test
    void runsAddedTogether_getIdsInTheOrderGiven_andKeepTheirValues() {
        // More runs than an adapter may write in one statement, so that its chunks are crossed.
        List<RunDetails> details = IntStream.rangeClosed(1, 2_500)
                .mapToObj(i ->
                        aRun().withDistance(i / 100.0).withMood("Mood " + i).details())
                .toList();

        List<Run> added = runs.addAll(alice.id(), details);

        assertThat(added).extracting(Run::details).containsExactlyElementsOf(details);
        assertThat(added).extracting(run -> run.id().value()).isSorted().doesNotHaveDuplicates();
        assertThat(added).allSatisfy(run -> {
            assertThat(run.userId()).isEqualTo(alice.id());
            assertThat(storedRun(run.id())).contains(run);
        });
    }

    @Test
    void addingRunsTogetherForAnUnknownUser_isReportedAsUserNotFound_andStoresNothing() {
        assertThatThrownBy(() -> runs.addAll(new UserId(Long.MAX_VALUE), List.of(aRun().details(), aRun().details())))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(runs.findPage(RunFilter.ALL, PageRequest.first()).items()).isEmpty();
    }

    @Test
    void aRunIsFoundWithItsUser() {
        Run run = runs.add(alice.id(), aRun().details());

        assertThat(runs.findWithUserById(run.id())).contains(new RunWithUser(run, alice));
    }

    @Test
    void anUnknownRunId_findsNothing() {
        RunId unknown = new RunId(Long.MAX_VALUE);

        assertThat(storedRun(unknown)).isEmpty();
        assertThat(runs.findWithUserById(unknown)).isEmpty();
        assertThat(runs.update(unknown, aRun().details(), ANY_VERSION)).isEmpty();
        assertThat(runs.remove(unknown, ANY_VERSION)).isFalse();
        assertThat(runs.ownerOf(unknown)).isEmpty();
    }

    @Test
    void theOwnerOfARun_isTheUserWhoRanIt_evenAfterAnUpdate() {
        User bob = users.add(aUser().withUsername("Bob").details());
        Run alicesRun = runs.add(alice.id(), aRun().details());
        Run bobsRun = runs.add(bob.id(), aRun().details());
        runs.update(bobsRun.id(), aRun().withDistance(9).details(), ANY_VERSION);

        assertThat(runs.ownerOf(alicesRun.id())).contains(alice.id());
        assertThat(runs.ownerOf(bobsRun.id())).contains(bob.id());
    }

    @Test
    void aRemovedRun_andTheRunsOfARemovedUser_haveNoOwner() {
        User bob = users.add(aUser().withUsername("Bob").details());
        Run alicesRun = runs.add(alice.id(), aRun().details());
        Run bobsRun = runs.add(bob.id(), aRun().details());

        runs.remove(alicesRun.id(), ANY_VERSION);
        users.remove(bob.id(), ANY_VERSION);

        assertThat(runs.ownerOf(alicesRun.id())).isEmpty();
        assertThat(runs.ownerOf(bobsRun.id())).isEmpty();
    }

    @Test
    void pagesOfAllRuns_followedToTheEnd_visitEveryRunOnce_acrossUsers() {
        User bob = users.add(aUser().details());
        List<Run> logged = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> runs.add(
                        i % 2 == 0 ? alice.id() : bob.id(),
                        aRun().withDistance(i).details()))
                .toList();

        assertThat(followAllPages(page -> runs.findPage(RunFilter.ALL, page), 4))
                .containsExactlyElementsOf(logged);
    }

    @Test
    void pagesOfOneUsersRuns_holdOnlyTheirRuns_inIdOrder() {
        User bob = users.add(aUser().details());
        List<Run> alicesRuns = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            alicesRuns.add(runs.add(alice.id(), aRun().withDistance(i).details()));
            runs.add(bob.id(), aRun().details());
        }

        assertThat(followAllPages(page -> runs.findPageByUser(alice.id(), RunFilter.ALL, page), 2))
                .containsExactlyElementsOf(alicesRuns);
    }

    @Test
    void aPageOfAnUnknownUsersRuns_isEmpty() {
        Page<Run> page = runs.findPageByUser(new UserId(Long.MAX_VALUE), RunFilter.ALL, PageRequest.first());

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void anUpdate_replacesTheDetails_keepsTheUser_andCountsTheVersionUp() {
        Run run =
                runs.add(alice.id(), aRun().withDistance(5.2).withMood("Happy").details());
        RunDetails corrected = aRun().withDistance(6.2)
                .withoutMood()
                .on("2026-11-20")
                .taking("PT50M")
                .details();

        Run updated = runs.update(run.id(), corrected, ExpectedVersion.exactly(Version.initial()))
                .orElseThrow();

        assertThat(updated).isEqualTo(new Run(run.id(), alice.id(), corrected, new Version(1)));
        assertThat(storedRun(run.id())).contains(updated);
    }

    @Test
    void anUpdateAtAnotherVersion_isRefused_andChangesNothing() {
        Run run = runs.add(alice.id(), aRun().details());
        Run updated = runs.update(run.id(), aRun().withDistance(1).details(), ANY_VERSION)
                .orElseThrow();

        assertThatThrownBy(() -> runs.update(
                        run.id(), aRun().withDistance(2).details(), ExpectedVersion.exactly(Version.initial())))
                .isInstanceOf(StaleVersionException.class);
        assertThat(storedRun(run.id())).contains(updated);
    }

    @Test
    void aRemovedRun_isGone_andItsUserStays() {
        Run run = runs.add(alice.id(), aRun().details());

        assertThat(runs.remove(run.id(), ANY_VERSION)).isTrue();
        assertThat(storedRun(run.id())).isEmpty();
        assertThat(users.exists(alice.id())).isTrue();
    }

    @Test
    void aRemovalAtAnotherVersion_isRefused_andRemovesNothing() {
        Run run = runs.add(alice.id(), aRun().details());

        assertThatThrownBy(() -> runs.remove(run.id(), ExpectedVersion.exactly(new Version(7))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(storedRun(run.id())).contains(run);
    }

    @Test
    void aDateAndDuration_roundTrip_andGiveThePace() {
        Run run = runs.add(
                alice.id(),
                aRun().withDistance(5.2).on("2026-11-24").taking("PT25M30S").details());

        Run stored = storedRun(run.id()).orElseThrow();
        assertThat(stored.date()).contains(LocalDate.of(2026, 11, 24));
        assertThat(stored.duration()).contains(RunDuration.parse("PT25M30S"));
        assertThat(stored.pace().orElseThrow().perMile()).isEqualTo(Duration.parse("PT4M54S"));
    }

    @Test
    void filtersByDates_bothIncluded_andByMoodIgnoringCase() {
        Run first =
                runs.add(alice.id(), aRun().withMood("Happy").on("2026-11-01").details());
        Run second =
                runs.add(alice.id(), aRun().withMood("Tired").on("2026-11-15").details());
        Run third =
                runs.add(alice.id(), aRun().withMood("happy").on("2026-11-30").details());
        runs.add(alice.id(), aRun().withMood("Happy").details()); // undated

        assertThat(runs.findPage(RunFilter.of("2026-11-01", "2026-11-15", null), PageRequest.first())
                        .items())
                .containsExactly(first, second);
        assertThat(runs.findPage(RunFilter.of("2026-11-15", null, null), PageRequest.first())
                        .items())
                .containsExactly(second, third);
        assertThat(runs.findPageByUser(alice.id(), RunFilter.of(null, "2026-11-30", "HAPPY"), PageRequest.first())
                        .items())
                .containsExactly(first, third);
    }

    @Test
    void filteredPages_followedToTheEnd_visitEveryMatchingRunOnce() {
        List<Run> happy = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            Run run = runs.add(
                    alice.id(), aRun().withMood(i % 3 == 0 ? "Happy" : "Tired").details());
            if (i % 3 == 0) {
                happy.add(run);
            }
        }

        assertThat(followAllPages(page -> runs.findPage(RunFilter.of(null, null, "Happy"), page), 2))
                .containsExactlyElementsOf(happy);
    }

    @Test
    void statsOfAUserWithoutRuns_countNothing_andMakeUpNoAverages() {
        RunStats stats = statsOf(alice.id()).orElseThrow();

        assertThat(stats)
                .isEqualTo(new RunStats(0, 0, Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void statsOfAUser_sumUpTheirRunsOnly() {
        runs.add(
                alice.id(),
                aRun().withDistance(5.2).withMood("Happy").taking("PT26M").details());
        runs.add(
                alice.id(),
                aRun().withDistance(10).withMood("happy").taking("PT80M").details());
        runs.add(alice.id(), aRun().withDistance(3).withoutMood().details());
        runs.add(
                alice.id(),
                aRun().withDistance(2).withMood("Tired").taking("PT14M").details());
        User bob = users.add(aUser().details());
        runs.add(
                bob.id(),
                aRun().withDistance(42).withMood("Happy").taking("PT1M").details());

        RunStats stats = statsOf(alice.id()).orElseThrow();

        assertThat(stats.runs()).isEqualTo(4);
        assertThat(stats.totalMiles()).isCloseTo(20.2, within(1e-9));
        assertThat(stats.averageMiles().orElseThrow()).isCloseTo(5.05, within(1e-9));
        assertThat(stats.longestMiles()).contains(10.0);
        assertThat(stats.bestPace().orElseThrow().perMile()).isEqualTo(Duration.ofMinutes(5)); // 26 min over 5.2 miles
        assertThat(stats.moods()).hasSize(3);
        assertThat(stats.moods().get(0).runs()).isEqualTo(2);
        assertThat(stats.moods().get(0).mood()).as("spelled as first logged").contains(new Mood("Happy"));
        assertThat(stats.moods().subList(1, 3))
                .as("equal counts in the order first logged")
                .containsExactly(new MoodCount(Optional.empty(), 1), new MoodCount(Optional.of(new Mood("Tired")), 1));
    }

    @Test
    void statsOfAnUnknownUser_areNone() {
        assertThat(statsOf(new UserId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void aRunLoggedInKilometres_startingInTheRepeatedAutumnHour_isFoundExactlyAsAdded() {
        // 02:30 comes twice in Paris that night; +01:00 is the second time, after the clocks went back.
        Run run = runs.add(
                alice.id(),
                aRun().withDistance(10)
                        .in("km")
                        .startingAt("2026-10-25T02:30:00+01:00")
                        .inZone("Europe/Paris")
                        .details());

        Run stored = storedRun(run.id()).orElseThrow();
        assertThat(stored).isEqualTo(run);
        assertThat(stored.details().unit()).isEqualTo(DistanceUnit.KILOMETRES);
        assertThat(stored.distance().in(DistanceUnit.KILOMETRES)).isEqualTo(10);
        assertThat(stored.details().start())
                .contains(new RunStart(
                        LocalDateTime.of(2026, 10, 25, 2, 30),
                        Optional.of(ZoneOffset.ofHours(1)),
                        Optional.of(ZoneId.of("Europe/Paris"))));
        assertThat(stored.date()).contains(LocalDate.of(2026, 10, 25));
        assertThat(runs.findPageByUser(alice.id(), RunFilter.ALL, PageRequest.first())
                        .items())
                .containsExactly(run);
        assertThat(users.findWithRunsById(alice.id()).orElseThrow().runs()).containsExactly(run);
    }

    @Test
    void aStartWithoutOffsetOrZone_isFoundFloating_asAdded() {
        Run run = runs.add(alice.id(), aRun().startingAt("2026-11-24T07:30:00").details());

        Run stored = storedRun(run.id()).orElseThrow();
        assertThat(stored).isEqualTo(run);
        assertThat(stored.details().start().orElseThrow().isFloating()).isTrue();
        assertThat(stored.details().start().orElseThrow().zone()).isEmpty();
    }

    @Test
    void anUpdate_replacesTheUnitAndTheStart_andCanRemoveTheStart() {
        Run run = runs.add(alice.id(), aRun().details());
        RunDetails withStart = aRun().withDistance(21.0975)
                .in("km")
                .startingAt("2026-11-24T07:30:00+05:30")
                .details();

        Run started = runs.update(run.id(), withStart, ANY_VERSION).orElseThrow();
        assertThat(storedRun(run.id())).contains(started);
        assertThat(started.details().start().orElseThrow().offset()).contains(ZoneOffset.ofHoursMinutes(5, 30));

        Run withoutStart = runs.update(run.id(), aRun().details(), ANY_VERSION).orElseThrow();
        assertThat(storedRun(run.id()).orElseThrow().details().start()).isEmpty();
        assertThat(storedRun(run.id()).orElseThrow().details().unit()).isEqualTo(DistanceUnit.MILES);
        assertThat(storedRun(run.id())).contains(withoutStart);
    }

    @Test
    void dayTallies_addUpTheUsersDatedRunsOfTheDays_bothEndsIncluded() {
        Run first = runs.add(
                alice.id(),
                aRun().withDistance(5).on("2026-11-01").taking("PT40M").details());
        Run sameDistanceLater =
                runs.add(alice.id(), aRun().withDistance(5).on("2026-11-01").details());
        runs.add(
                alice.id(),
                aRun().withDistance(3).on("2026-11-01").taking("PT30M").details());
        Run last = runs.add(alice.id(), aRun().withDistance(2).on("2026-11-07").details());
        runs.add(alice.id(), aRun().withDistance(40).on("2026-10-31").details()); // the day before
        runs.add(alice.id(), aRun().withDistance(40).on("2026-11-08").details()); // the day after
        runs.add(alice.id(), aRun().withDistance(40).details()); // undated
        User bob = users.add(aUser().details());
        runs.add(bob.id(), aRun().withDistance(40).on("2026-11-01").details());

        List<DayTally> tallies = runs.dayTallies(alice.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7));

        assertThat(tallies)
                .extracting(DayTally::date)
                .containsOnly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7));
        PeriodSummary firstDay = PeriodSummary.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), tallies);
        assertThat(firstDay.runs()).isEqualTo(3);
        assertThat(firstDay.totalDistance().miles()).isCloseTo(13, within(1e-9));
        assertThat(firstDay.totalDuration()).isEqualTo(Duration.ofMinutes(70));
        assertThat(firstDay.averageDuration()).contains(Duration.ofMinutes(35));
        assertThat(firstDay.averagePace().orElseThrow().perMile()).isEqualTo(Duration.ofSeconds(525)); // 70 min, 8 mi
        assertThat(firstDay.longestRun())
                .as("of equally long runs, the first logged")
                .contains(first.id());
        assertThat(first.id().value()).isLessThan(sameDistanceLater.id().value());
        PeriodSummary lastDay = PeriodSummary.of(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 7), tallies);
        assertThat(lastDay.runs()).isEqualTo(1);
        assertThat(lastDay.longestRun()).contains(last.id());
        assertThat(lastDay.averageDuration()).isEmpty();
        assertThat(lastDay.averagePace()).isEmpty();
    }

    @Test
    void dayTallies_ofAUserWithoutRunsThen_orOfNoUser_areNone() {
        runs.add(alice.id(), aRun().on("2026-11-30").details());

        assertThat(runs.dayTallies(alice.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29)))
                .isEmpty();
        assertThat(runs.dayTallies(new UserId(Long.MAX_VALUE), LocalDate.MIN, LocalDate.MAX))
                .isEmpty();
    }

    @Test
    void recordCandidates_ofAUserWithoutRuns_orOfNoUser_areNone() {
        User bob = users.add(aUser().details());
        runs.add(bob.id(), aRun().taking("PT40M").details());

        assertThat(runs.recordCandidates(alice.id())).isEmpty();
        assertThat(runs.recordCandidates(new UserId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void recordCandidates_holdEveryRecordHolder_asStored() {
        Run longest =
                runs.add(alice.id(), aRun().withDistance(26.2).taking("PT4H").details());
        Run fastestMile =
                runs.add(alice.id(), aRun().withDistance(1).taking("PT5M").details());
        Run fastestTenK = runs.add(
                alice.id(), aRun().withDistance(10).in("km").taking("PT45M").details());
        runs.add(alice.id(), aRun().withDistance(3).taking("PT40M").details());
        runs.add(alice.id(), aRun().withDistance(0.5).taking("PT1M").details()); // too short for a pace record

        List<Run> candidates = runs.recordCandidates(alice.id());

        assertThat(candidates).contains(longest, fastestMile, fastestTenK);
        assertThat(PersonalRecords.of(candidates, DistanceUnit.MILES).bestPace())
                .contains(fastestMile);
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
            request = new PageRequest(
                    page.items().get(page.items().size() - 1).id().value(), limit);
        }
    }

    /** The run as stored, read the way the use cases read one run. */
    private Optional<Run> storedRun(RunId id) {
        return runs.findWithUserById(id).map(RunWithUser::run);
    }

    /** The user's stats as the use case computes them from what the store tallies. */
    private Optional<RunStats> statsOf(UserId userId) {
        return runs.talliesOfUser(userId).map(RunStats::fromTallies);
    }
}

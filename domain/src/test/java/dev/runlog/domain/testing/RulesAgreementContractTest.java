package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.CalendarPeriod;
import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.PeriodSummary;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunStart;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.StandardDistance;
import dev.runlog.domain.model.run.SummaryRange;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.Username;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Where a store computes one of the domain's rules itself (SQL sums the stats and the days, picks
 * the runs that may hold records, compares moods and emails ignoring case), it must agree with the
 * domain's own definition: {@link RunStats#of}, {@link SummaryRange#summarize} of each run alone,
 * {@link PersonalRecords#of} of all the runs, {@link Mood#isSameMoodAs}, {@link Email#isSameAddressAs}.
 * Checked on data generated from a
 * fixed seed, with the characters where "ignoring case" is easy to get wrong ({@code ß} and
 * {@code SS}, {@code É} and {@code é}, dotted and dotless i, the Kelvin and Ohm signs, a letter
 * outside the BMP) and the values only other apps store (0 or negative miles, empty and blank
 * moods, zero durations).
 */
public abstract class RulesAgreementContractTest {

    /** Change it to explore other data; a failure names the seed it ran with. */
    private static final long SEED = Long.getLong("runlog.rules.seed", 20261201L);

    private static final String[] LETTERS = {
        "a",
        "A",
        "s",
        "S",
        "ß",
        "ẞ",
        "e",
        "E",
        "é",
        "É",
        "i",
        "I",
        "ı",
        "İ",
        "k",
        "K",
        "\u212A",
        "ω",
        "Ω",
        "\u2126",
        "ǅ",
        "ǆ",
        "Ǆ",
        "ﬀ",
        "ff",
        " ",
        "😀",
        "\uD801\uDC00",
        "\uD801\uDC28"
    };
    private static final double[] DISTANCES = {0, -1.5, 0.1, 3, 5.2, 10, 13.1, 26.2, 1500};

    /**
     * Distances where records and summaries are easy to get wrong: exactly each pace record's
     * threshold, just under and over it, a few that tie, none and less.
     */
    private static final double[] RECORD_DISTANCES = recordDistances();

    /** Durations that often give equal paces over the distances above (and a zero). */
    private static final int[] DURATIONS = {0, 300, 600, 1200, 1500, 3000, 3600, 7200};

    /** The first day runs are dated on, and how many days after it: a year and a bit on each side. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 20);

    private static final int DAYS = 800;

    protected UserRepository users;
    protected RunRepository runs;
    private final Random random = new Random(SEED);

    /** A user repository and a run repository over one store that holds nothing yet. */
    protected abstract Repositories emptyRepositories();

    @BeforeEach
    void startEmpty() {
        Repositories repositories = emptyRepositories();
        users = repositories.users();
        runs = repositories.runs();
    }

    @Test
    void theStoresStats_areTheDomainsStatsOfTheSameRuns() {
        for (int round = 0; round < 20; round++) {
            User runner = users.add(UserTestData.aUser().details());
            List<Run> logged = new ArrayList<>();
            int count = random.nextInt(25);
            for (int i = 0; i < count; i++) {
                logged.add(runs.add(runner.id(), randomRun()));
            }

            RunStats stored =
                    RunStats.fromTallies(runs.talliesOfUser(runner.id()).orElseThrow());
            RunStats expected = RunStats.of(logged);

            String seed = "seed " + SEED + ", round " + round;
            assertThat(stored.runs()).as(seed).isEqualTo(expected.runs());
            assertThat(stored.totalMiles()).as(seed).isCloseTo(expected.totalMiles(), within(1e-9));
            assertThat(stored.averageMiles().isPresent())
                    .as(seed)
                    .isEqualTo(expected.averageMiles().isPresent());
            expected.averageMiles()
                    .ifPresent(average -> assertThat(stored.averageMiles().orElseThrow())
                            .as(seed)
                            .isCloseTo(average, within(1e-9)));
            assertThat(stored.longestMiles()).as(seed).isEqualTo(expected.longestMiles());
            assertThat(stored.bestPace()).as(seed).isEqualTo(expected.bestPace());
            assertThat(stored.moods()).as(seed).isEqualTo(expected.moods());
        }
    }

    @Test
    void theStoresMoodFilter_showsTheRunsTheDomainsFilterShows() {
        User runner = users.add(UserTestData.aUser().details());
        List<Run> logged = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            logged.add(runs.add(runner.id(), randomRun()));
        }
        for (int round = 0; round < 40; round++) {
            RunFilter filter = new RunFilter(Optional.empty(), Optional.empty(), Optional.of(new Mood(randomText())));

            Page<Run> shown = runs.findPageByUser(runner.id(), filter, new PageRequest(0, PageRequest.MAX_LIMIT));

            List<Run> expected = logged.stream()
                    .filter(filter::matches)
                    .limit(PageRequest.MAX_LIMIT)
                    .toList();
            assertThat(shown.items())
                    .as("seed " + SEED + ", mood '"
                            + filter.mood().orElseThrow().value() + "'")
                    .isEqualTo(expected);
        }
    }

    @Test
    void theStoreRefusesAnEmail_exactlyWhenTheDomainCallsItTheSameAsAStoredOne() {
        List<Email> stored = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Email email = new Email(randomText() + "@example.com");
            boolean taken = stored.stream().anyMatch(email::isSameAddressAs);

            boolean refused = false;
            try {
                users.add(new UserDetails(new Username("Runner"), email));
                stored.add(email);
            } catch (EmailAlreadyTakenException e) {
                refused = true;
            }

            assertThat(refused)
                    .as("seed " + SEED + ", " + email.value() + " after " + stored.size() + " addresses")
                    .isEqualTo(taken);
        }
    }

    @Test
    void summariesOfTheStoresDayTallies_areTheSummariesOfEveryRunAlone() {
        User other = users.add(UserTestData.aUser().details());
        for (int i = 0; i < 100; i++) {
            runs.add(other.id(), randomDatedRun());
        }
        for (int round = 0; round < 5; round++) {
            User runner = users.add(UserTestData.aUser().details());
            List<Run> logged = new ArrayList<>();
            int count = 50 + random.nextInt(250);
            for (int i = 0; i < count; i++) {
                logged.add(runs.add(runner.id(), randomDatedRun()));
            }
            List<DayTally> eachRunAlone =
                    logged.stream().flatMap(run -> DayTally.of(run).stream()).toList();

            for (SummaryRange range : List.of(
                    rangeOf(CalendarPeriod.WEEK, DayOfWeek.MONDAY, LocalDate.of(2026, 3, 4), 20),
                    rangeOf(CalendarPeriod.WEEK, DayOfWeek.SUNDAY, LocalDate.of(2026, 3, 4), 20),
                    rangeOf(CalendarPeriod.WEEK, DayOfWeek.MONDAY, FIRST_DAY.plusDays(3), 110),
                    rangeOf(CalendarPeriod.MONTH, DayOfWeek.MONDAY, LocalDate.of(2026, 2, 14), 10),
                    rangeOf(CalendarPeriod.YEAR, DayOfWeek.MONDAY, LocalDate.of(2026, 6, 1), 1),
                    rangeOf(CalendarPeriod.YEAR, DayOfWeek.SUNDAY, LocalDate.of(2025, 1, 1), 4))) {
                List<PeriodSummary> stored =
                        range.summarize(runs.dayTallies(runner.id(), range.firstDay(), range.lastDay()));
                List<PeriodSummary> expected = range.summarize(eachRunAlone);

                String seed = "seed " + SEED + ", round " + round + ", " + range;
                assertThat(stored).as(seed).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertSameSummary(stored.get(i), expected.get(i), seed);
                }
            }
        }
    }

    @Test
    void recordsFromTheStoresCandidates_areTheRecordsOfAllTheRuns() {
        for (int round = 0; round < 30; round++) {
            User runner = users.add(UserTestData.aUser().details());
            List<Run> logged = new ArrayList<>();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                logged.add(runs.add(runner.id(), randomRecordRun()));
            }
            DistanceUnit unit = random.nextBoolean() ? DistanceUnit.MILES : DistanceUnit.KILOMETRES;

            PersonalRecords fromCandidates = PersonalRecords.of(runs.recordCandidates(runner.id()), unit);

            assertThat(fromCandidates)
                    .as("seed " + SEED + ", round " + round)
                    .isEqualTo(PersonalRecords.of(logged, unit));
        }
    }

    /**
     * The same summary, up to adding doubles in another order: the distances within a billionth
     * of a mile, and so the average pace, which divides by them, within a second of its rounding.
     */
    private static void assertSameSummary(PeriodSummary stored, PeriodSummary expected, String seed) {
        String period = seed + ", period from " + expected.first();
        assertThat(stored.first()).as(period).isEqualTo(expected.first());
        assertThat(stored.last()).as(period).isEqualTo(expected.last());
        assertThat(stored.runs()).as(period).isEqualTo(expected.runs());
        assertThat(stored.totalDistance().miles())
                .as(period)
                .isCloseTo(expected.totalDistance().miles(), within(1e-9));
        assertThat(stored.totalDuration()).as(period).isEqualTo(expected.totalDuration());
        assertThat(stored.averageDuration()).as(period).isEqualTo(expected.averageDuration());
        assertThat(stored.averagePace().isPresent())
                .as(period)
                .isEqualTo(expected.averagePace().isPresent());
        expected.averagePace()
                .ifPresent(pace -> assertThat(stored.averagePace()
                                .orElseThrow()
                                .perMile()
                                .minus(pace.perMile())
                                .abs())
                        .as(period)
                        .isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(stored.longestRun()).as(period).isEqualTo(expected.longestRun());
        assertThat(stored.longestDistance()).as(period).isEqualTo(expected.longestDistance());
    }

    /** {@code count} periods from the one that holds {@code day}. */
    private static SummaryRange rangeOf(CalendarPeriod period, DayOfWeek weekStartsOn, LocalDate day, int count) {
        return new SummaryRange(period, weekStartsOn, period.startOf(day, weekStartsOn), count, Optional.empty());
    }

    /**
     * A run on one of a few days, so days hold many runs and equally long ones, or undated; any
     * distance another app may store, and a duration or none.
     */
    private RunDetails randomDatedRun() {
        Optional<LocalDate> date = random.nextInt(8) == 0
                ? Optional.empty()
                : Optional.of(FIRST_DAY.plusDays(random.nextInt(DAYS / 4) * 4L));
        double miles = random.nextBoolean() ? DISTANCES[random.nextInt(DISTANCES.length)] : random.nextDouble() * 30;
        Optional<RunDuration> duration = random.nextInt(3) == 0
                ? Optional.empty()
                : Optional.of(RunDuration.ofSeconds(DURATIONS[random.nextInt(DURATIONS.length)]));
        return new RunDetails(new Distance(miles), Optional.empty(), date, duration);
    }

    /**
     * A run whose distance is often a record's threshold exactly, or ties another's, and whose
     * duration often gives a pace another run has; sometimes entered in kilometres, with a start.
     */
    private RunDetails randomRecordRun() {
        double miles = RECORD_DISTANCES[random.nextInt(RECORD_DISTANCES.length)];
        Optional<RunDuration> duration = random.nextInt(5) == 0
                ? Optional.empty()
                : Optional.of(RunDuration.ofSeconds(
                        random.nextInt(4) == 0 ? random.nextInt(20_000) : DURATIONS[random.nextInt(DURATIONS.length)]));
        DistanceUnit unit = random.nextBoolean() ? DistanceUnit.MILES : DistanceUnit.KILOMETRES;
        Optional<RunStart> start = random.nextInt(3) == 0
                ? Optional.empty()
                : Optional.of(RunStart.at(LocalDateTime.of(2026, 10, 25, 2, 30), ZoneId.of("Europe/Paris")));
        Optional<LocalDate> date = start.map(RunStart::date);
        return new RunDetails(new Distance(miles), Optional.empty(), date, duration, unit, start);
    }

    private static double[] recordDistances() {
        List<Double> distances = new ArrayList<>(List.of(0.0, -1.5, 0.5, 2.0, 4.0, 8.0, 1500.0));
        List<Distance> thresholds = new ArrayList<>(List.of(PersonalRecords.BEST_PACE_FROM));
        for (StandardDistance standard : StandardDistance.values()) {
            thresholds.add(standard.distance());
        }
        for (Distance threshold : thresholds) {
            distances.add(threshold.miles());
            distances.add(Math.nextDown(threshold.miles()));
            distances.add(Math.nextUp(threshold.miles()));
            distances.add(threshold.miles() * 2);
        }
        return distances.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A run as any app may have stored it, not only as Runlog checks new ones. */
    private RunDetails randomRun() {
        Optional<Mood> mood = random.nextInt(6) == 0 ? Optional.empty() : Optional.of(new Mood(randomText()));
        double miles = random.nextBoolean() ? DISTANCES[random.nextInt(DISTANCES.length)] : random.nextDouble() * 30;
        Optional<RunDuration> duration = random.nextInt(3) == 0
                ? Optional.empty()
                : Optional.of(RunDuration.ofSeconds(random.nextInt(4) == 0 ? 0 : random.nextInt(20_000)));
        return new RunDetails(new Distance(miles), mood, Optional.empty(), duration);
    }

    /**
     * Up to three of the letters that make "ignoring case" hard, Deseret's 𐐀 and 𐐨 outside the
     * BMP among them; sometimes only spaces, sometimes nothing, as the tutorial's app stores.
     */
    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return text.toString();
    }
}

package dev.runlog.domain.model;

import dev.runlog.domain.model.run.CalendarPeriod;
import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.PeriodSummary;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.SummaryRange;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Summaries by week, month and year: each dated run counts once, in the period that holds the day
 * it was run where it was run, and the sums are plain sums over those runs.
 */
class SummariesTest {

    private static final UserId RUNNER = new UserId(1);
    /** Zones with offsets of odd minutes, clocks that change in spring and autumn, and both sides of the date line. */
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("Europe/Paris"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Pacific/Chatham"),
            ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("America/St_Johns"));

    private static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2027-12-31T00:00:00Z");

    /** A run as generated, with the day it was run where it was run, worked out here independently of the model. */
    private record Generated(Run run, Optional<LocalDate> localDate) {}

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 2026, 20261201})
    void everyPeriodsSums_areThePlainSumsOfItsRuns_inAnyZone(long seed) {
        Random random = new Random(seed);
        List<Generated> generated = generate(random, 400);
        List<DayTally> tallies = generated.stream()
                .flatMap(one -> DayTally.of(one.run()).stream())
                .toList();
        for (CalendarPeriod period : CalendarPeriod.values()) {
            for (DayOfWeek weekStart : List.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY)) {
                SummaryRange range = new SummaryRequest(
                                period,
                                Optional.of(LocalDate.of(2024, 12, 25)),
                                Optional.of(LocalDate.of(2028, 1, 5)),
                                Optional.empty(),
                                SummaryRequest.MAX_LIMIT)
                        .rangeFor(weekStart, LocalDate.of(2026, 12, 1));
                List<PeriodSummary> summaries = range.summarize(tallies);

                assertThat(summaries).as("%s from %s", period, weekStart).hasSize(range.count());
                long counted = 0;
                for (PeriodSummary summary : summaries) {
                    assertPlainSums(summary, generated);
                    counted += summary.runs();
                }
                assertThat(counted)
                        .isEqualTo(generated.stream()
                                .filter(one -> one.localDate().isPresent())
                                .count());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 5})
    void periodsFollowEachOther_dayAfterDay_fromTheirFirstDay(long seed) {
        Random random = new Random(seed);
        for (CalendarPeriod period : CalendarPeriod.values()) {
            DayOfWeek weekStart = random.nextBoolean() ? DayOfWeek.MONDAY : DayOfWeek.SUNDAY;
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
            SummaryRange range = new SummaryRequest(
                            period, Optional.of(from), Optional.of(from.plusDays(400)), Optional.empty(), 1000)
                    .rangeFor(weekStart, from);
            List<PeriodSummary> summaries = range.summarize(List.of());

            assertThat(summaries.get(0).first()).isBeforeOrEqualTo(from);
            assertThat(summaries.get(summaries.size() - 1).last()).isAfterOrEqualTo(from.plusDays(400));
            for (int i = 0; i < summaries.size(); i++) {
                PeriodSummary summary = summaries.get(i);
                switch (period) {
                    case WEEK -> assertThat(summary.first().getDayOfWeek()).isEqualTo(weekStart);
                    case MONTH -> assertThat(summary.first().getDayOfMonth()).isEqualTo(1);
                    case YEAR -> assertThat(summary.first().getDayOfYear()).isEqualTo(1);
                }
                if (i > 0) {
                    assertThat(summary.first())
                            .isEqualTo(summaries.get(i - 1).last().plusDays(1));
                }
            }
        }
    }

    /** 00:30 on 1 January in Paris is 23:30 on 31 December in UTC. */
    @Test
    void aRunAtHalfPastMidnightOnNewYearsDayInParis_countsInJanuary() {
        Run newYear = run(
                1,
                RunDetails.entered().distance(3.0).start("2027-01-01T00:30:00").zone("Europe/Paris"));

        PeriodSummary january = onlyPeriod(CalendarPeriod.MONTH, "2027-01-01", newYear);
        PeriodSummary december = onlyPeriod(CalendarPeriod.MONTH, "2026-12-01", newYear);

        assertThat(january.runs()).isEqualTo(1);
        assertThat(december.runs()).isZero();
        assertThat(onlyPeriod(CalendarPeriod.YEAR, "2027-01-01", newYear).runs())
                .isEqualTo(1);
    }

    /** On 25 October 2026 Paris's clocks go back at 03:00: 02:30 happens twice, both on Sunday the 25th. */
    @Test
    void bothRunsInTheHourThatRepeats_countOnTheirDay() {
        Run first = run(
                1,
                RunDetails.entered()
                        .distance(3.0)
                        .start("2026-10-25T02:30:00+02:00")
                        .zone("Europe/Paris"));
        Run second = run(
                2,
                RunDetails.entered()
                        .distance(4.0)
                        .start("2026-10-25T02:30:00+01:00")
                        .zone("Europe/Paris"));

        PeriodSummary mondayWeek = onlyPeriod(CalendarPeriod.WEEK, DayOfWeek.MONDAY, "2026-10-25", first, second);
        PeriodSummary sundayWeek = onlyPeriod(CalendarPeriod.WEEK, DayOfWeek.SUNDAY, "2026-10-25", first, second);

        assertThat(mondayWeek.first()).isEqualTo("2026-10-19");
        assertThat(mondayWeek.runs()).isEqualTo(2);
        assertThat(sundayWeek.first()).isEqualTo("2026-10-25");
        assertThat(sundayWeek.runs()).isEqualTo(2);
        assertThat(sundayWeek.totalDistance().miles()).isEqualTo(7.0);
    }

    /**
     * The week of 19 October 2026 lasts 169 hours in Paris. A week counted as 168 hours from
     * Monday 00:00 would end at 23:00 on Sunday and lose the run at 23:30.
     */
    @Test
    void aWeekThatSpansTheChangeOfClocks_isSevenWholeDays() {
        Run mondayMorning = run(
                1,
                RunDetails.entered().distance(3.0).start("2026-10-19T00:30:00").zone("Europe/Paris"));
        Run sundayNight = run(
                2,
                RunDetails.entered().distance(5.0).start("2026-10-25T23:30:00").zone("Europe/Paris"));
        Run nextMonday = run(
                3,
                RunDetails.entered().distance(8.0).start("2026-10-26T00:30:00").zone("Europe/Paris"));

        SummaryRange range = rangeOf(CalendarPeriod.WEEK, DayOfWeek.MONDAY, "2026-10-19", "2026-10-26");
        List<PeriodSummary> weeks = range.summarize(talliesOf(mondayMorning, sundayNight, nextMonday));

        assertThat(weeks).extracting(PeriodSummary::runs).containsExactly(2L, 1L);
        assertThat(weeks.get(0).longestRun()).contains(sundayNight.id());
        assertThat(weeks.get(1).longestRun()).contains(nextMonday.id());
    }

    @Test
    void periodsWithoutRuns_appearWithZeros() {
        Run february =
                run(1, RunDetails.entered().distance(5.0).date("2026-02-10").duration("PT40M"));

        List<PeriodSummary> months = rangeOf(CalendarPeriod.MONTH, DayOfWeek.MONDAY, "2026-01-15", "2026-03-15")
                .summarize(talliesOf(february));

        assertThat(months)
                .extracting(PeriodSummary::first)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        PeriodSummary january = months.get(0);
        assertThat(january.runs()).isZero();
        assertThat(january.totalDistance().miles()).isZero();
        assertThat(january.totalDuration()).isZero();
        assertThat(january.averageDuration()).isEmpty();
        assertThat(january.averagePace()).isEmpty();
        assertThat(january.longestRun()).isEmpty();
        assertThat(months.get(1).runs()).isEqualTo(1);
    }

    @Test
    void averages_countOnlyTheRunsThatHaveWhatTheyAverage() {
        Run timed = run(1, RunDetails.entered().distance(5.0).date("2026-11-24").duration("PT40M"));
        Run untimed = run(2, RunDetails.entered().distance(3.0).date("2026-11-25"));
        Run timedAgain =
                run(3, RunDetails.entered().distance(2.0).date("2026-11-26").duration("PT20M"));

        PeriodSummary week =
                onlyPeriod(CalendarPeriod.WEEK, DayOfWeek.MONDAY, "2026-11-24", timed, untimed, timedAgain);

        assertThat(week.runs()).isEqualTo(3);
        assertThat(week.totalDistance().miles()).isEqualTo(10.0);
        assertThat(week.totalDuration()).isEqualTo(Duration.ofMinutes(60));
        assertThat(week.averageDuration()).contains(Duration.ofMinutes(30)); // over the two timed runs
        assertThat(week.averagePace().orElseThrow().perMile()).isEqualTo(Duration.ofSeconds(514)); // 60 min / 7 mi
        assertThat(week.longestRun()).contains(timed.id());
    }

    @Test
    void ofEquallyLongRuns_theFirstLoggedIsTheLongest() {
        Run later = run(9, RunDetails.entered().distance(5.0).date("2026-11-24"));
        Run earlier = run(4, RunDetails.entered().distance(5.0).date("2026-11-26"));

        assertThat(onlyPeriod(CalendarPeriod.WEEK, DayOfWeek.MONDAY, "2026-11-24", later, earlier)
                        .longestRun())
                .contains(earlier.id());
    }

    @Test
    void withoutDates_theLatestTwelvePeriodsUpToToday_areSummed() {
        SummaryRange range =
                SummaryRequest.latest(CalendarPeriod.WEEK).rangeFor(DayOfWeek.MONDAY, LocalDate.of(2026, 12, 2));

        assertThat(range.count()).isEqualTo(12);
        assertThat(range.lastDay()).isEqualTo("2026-12-06");
        assertThat(range.firstDay()).isEqualTo("2026-09-14");
        assertThat(range.next()).isEmpty();
    }

    @Test
    void aRangeLongerThanTheLimit_saysWhereTheNextPeriodsStart() {
        SummaryRange range = new SummaryRequest(
                        CalendarPeriod.MONTH,
                        Optional.of(LocalDate.of(2026, 1, 20)),
                        Optional.of(LocalDate.of(2026, 12, 2)),
                        Optional.empty(),
                        5)
                .rangeFor(DayOfWeek.MONDAY, LocalDate.of(2026, 12, 2));

        assertThat(range.count()).isEqualTo(5);
        assertThat(range.lastDay()).isEqualTo("2026-05-31");
        assertThat(range.next()).contains(LocalDate.of(2026, 6, 1));
    }

    @Test
    void badPeriodsDatesAndUnits_nameTheirFields() {
        assertThat(InvalidValues.violationsOf(() -> SummaryRequest.of("fortnight", "2026-13-01", "soon", "yd", 0)))
                .extracting(violation -> violation.field())
                .containsExactlyInAnyOrder("period", "from", "to", "unit");
        InvalidValues.assertRejected("limit", () -> SummaryRequest.of("week", null, null, null, 0));
        InvalidValues.assertRejected("to", () -> SummaryRequest.of("week", "2026-12-01", "2026-11-01", null, null));
        assertThat(SummaryRequest.of(null, null, null, null, null))
                .isEqualTo(SummaryRequest.latest(CalendarPeriod.WEEK));
    }

    private static void assertPlainSums(PeriodSummary summary, List<Generated> generated) {
        List<Run> inPeriod = new ArrayList<>();
        for (Generated one : generated) {
            if (one.localDate()
                    .filter(date -> !date.isBefore(summary.first()) && !date.isAfter(summary.last()))
                    .isPresent()) {
                inPeriod.add(one.run());
            }
        }
        assertThat(summary.runs()).as("runs from %s", summary.first()).isEqualTo(inPeriod.size());
        assertThat(summary.totalDistance().miles())
                .isCloseTo(
                        inPeriod.stream()
                                .mapToDouble(run -> run.distance().miles())
                                .sum(),
                        within(1e-9));
        assertThat(summary.totalDuration())
                .isEqualTo(inPeriod.stream()
                        .flatMap(run -> run.duration().stream())
                        .map(duration -> duration.value())
                        .reduce(Duration.ZERO, Duration::plus));
        Optional<Run> longest = inPeriod.stream()
                .reduce((a, b) -> b.distance().miles() > a.distance().miles()
                                || (b.distance().miles() == a.distance().miles() && b.id().value() < a.id().value())
                        ? b
                        : a);
        assertThat(summary.longestRun()).isEqualTo(longest.map(Run::id));
    }

    /** Runs started at random instants in random zones, entered as runners do; some with a date only, some undated. */
    private static List<Generated> generate(Random random, int count) {
        List<Generated> runs = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            Instant instant = EARLIEST.plusSeconds(
                    (long) (random.nextDouble() * (LATEST.getEpochSecond() - EARLIEST.getEpochSecond())));
            ZonedDateTime there = instant.atZone(ZONES.get(random.nextInt(ZONES.size())));
            RunDetails.Entered entered = RunDetails.entered()
                    .distance(Math.round(random.nextDouble() * 300) / 10.0 + 0.1)
                    .duration(random.nextInt(4) == 0 ? null : "PT" + (600 + random.nextInt(10_000)) + "S");
            Optional<LocalDate> localDate = Optional.of(there.toLocalDate());
            switch (random.nextInt(5)) {
                case 0 -> entered.start(there.toOffsetDateTime().toString());
                case 1 ->
                    entered.start(there.toOffsetDateTime().toString())
                            .zone(there.getZone().getId());
                case 2 ->
                    entered.start(there.toLocalDateTime().toString())
                            .zone(there.getZone().getId());
                case 3 -> entered.date(there.toLocalDate().toString());
                default -> localDate = Optional.empty(); // logged before Runlog kept dates
            }
            RunDetails details = entered.check();
            if (localDate.isEmpty()) {
                details = new RunDetails(details.distance(), details.mood(), Optional.empty(), details.duration());
            }
            runs.add(new Generated(new Run(new RunId(id), RUNNER, details, Version.initial()), localDate));
        }
        return runs;
    }

    private static Run run(long id, RunDetails.Entered entered) {
        return new Run(new RunId(id), RUNNER, entered.check(), Version.initial());
    }

    private static List<DayTally> talliesOf(Run... runs) {
        return List.of(runs).stream().flatMap(run -> DayTally.of(run).stream()).toList();
    }

    private static SummaryRange rangeOf(CalendarPeriod period, DayOfWeek weekStart, String from, String to) {
        return new SummaryRequest(
                        period,
                        Optional.of(LocalDate.parse(from)),
                        Optional.of(LocalDate.parse(to)),
                        Optional.empty(),
                        SummaryRequest.MAX_LIMIT)
                .rangeFor(weekStart, LocalDate.parse(to));
    }

    private static PeriodSummary onlyPeriod(CalendarPeriod period, String day, Run... runs) {
        return onlyPeriod(period, DayOfWeek.MONDAY, day, runs);
    }

    private static PeriodSummary onlyPeriod(CalendarPeriod period, DayOfWeek weekStart, String day, Run... runs) {
        List<PeriodSummary> summaries = rangeOf(period, weekStart, day, day).summarize(talliesOf(runs));
        assertThat(summaries).hasSize(1);
        return summaries.get(0);
    }
}

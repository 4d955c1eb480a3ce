package dev.runlog.domain.model;

import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunStart;
import dev.runlog.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static dev.runlog.domain.model.InvalidValues.assertRejected;
import static dev.runlog.domain.model.InvalidValues.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A run's start on the runner's clock, and the date it gives the run. */
class RunStartTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock ANY_CLOCK = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aStartWithAnOffset_isKeptWithIt_andDatesTheRun() {
        RunDetails run = RunDetails.entered()
                .distance(6.2)
                .start("2026-11-24T07:30:00+01:00")
                .check();

        RunStart start = run.start().orElseThrow();
        assertThat(start.withOffset()).contains(OffsetDateTime.parse("2026-11-24T07:30:00+01:00"));
        assertThat(start.zone()).isEmpty();
        assertThat(run.date()).contains(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aLocalStartWithAZone_takesTheZonesOffsetThatDay() {
        RunStart winter = RunStart.entered("2026-11-24T07:30:00", "Europe/Paris");
        RunStart summer = RunStart.entered("2026-07-14T07:30:00", "Europe/Paris");

        assertThat(winter.offset()).contains(ZoneOffset.ofHours(1));
        assertThat(summer.offset()).contains(ZoneOffset.ofHours(2));
        assertThat(winter.zone()).contains(PARIS);
    }

    /** 00:30 on New Year's Day in Paris is 23:30 on 31 December in UTC: a January run. */
    @Test
    void aRunJustAfterMidnightInParis_isDatedThatDayThere_notInUtc() {
        RunDetails run = RunDetails.entered()
                .distance(3.0)
                .start("2027-01-01T00:30:00")
                .zone("Europe/Paris")
                .check();

        assertThat(run.start().orElseThrow().withOffset().orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2026-12-31T23:30:00Z"));
        assertThat(run.date()).contains(LocalDate.of(2027, 1, 1));
    }

    /** On 25 October 2026 Paris's clocks go from 03:00 back to 02:00: 02:30 happens twice. */
    @Test
    void inTheHourThatRepeats_aLocalTimeIsTheFirst_andAnOffsetChoosesTheSecond() {
        RunStart first = RunStart.entered("2026-10-25T02:30:00", "Europe/Paris");
        RunStart second = RunStart.entered("2026-10-25T02:30:00+01:00", "Europe/Paris");

        assertThat(first.offset()).contains(ZoneOffset.ofHours(2));
        assertThat(second.offset()).contains(ZoneOffset.ofHours(1));
        assertThat(first.date()).isEqualTo(second.date()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(second.withOffset().orElseThrow().toInstant())
                .isEqualTo(first.withOffset().orElseThrow().toInstant().plusSeconds(3600));
    }

    /** On 29 March 2026 Paris's clocks go from 02:00 to 03:00: 02:30 never happens. */
    @Test
    void aTimeTheClocksSkipped_isRefused() {
        assertThat(violationsOf(() -> RunStart.entered("2026-03-29T02:30:00", "Europe/Paris")))
                .extracting(Violation::message)
                .containsExactly(
                        "start 2026-03-29T02:30 does not exist in Europe/Paris: the clocks went forward past it.");
    }

    @Test
    void anOffsetTheZoneDidNotHave_isRefused() {
        assertRejected("start", () -> RunStart.entered("2026-11-24T07:30:00+02:00", "Europe/Paris"));
    }

    @Test
    void anUnknownZone_namesItsField() {
        assertRejected(
                "zone",
                () -> RunDetails.entered()
                        .distance(3.0)
                        .start("2026-11-24T07:30:00")
                        .zone("Mars/Olympus")
                        .check());
    }

    @Test
    void aZoneWithoutAStart_isRefused() {
        assertRejected(
                "zone",
                () -> RunDetails.entered().distance(3.0).zone("Europe/Paris").check());
    }

    @Test
    void badStarts_nameTheStart() {
        assertRejected("start", () -> RunStart.entered("24/11/2026 07:30", null));
        assertRejected("start", () -> RunStart.entered("2026-11-24T07:30:00.5", null));
        assertRejected("start", () -> RunStart.entered("1899-12-31T23:00:00", null));
    }

    @Test
    void aDateOtherThanTheStarts_isRefused_butTheSameIsAccepted() {
        assertRejected(
                "date",
                () -> RunDetails.entered()
                        .distance(3.0)
                        .date("2026-11-23")
                        .start("2026-11-24T07:30:00+01:00")
                        .check());
        assertThat(RunDetails.entered()
                        .distance(3.0)
                        .date("2026-11-24")
                        .start("2026-11-24T07:30:00+01:00")
                        .check()
                        .date())
                .contains(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aStartWithoutOffsetOrZone_isPlacedInTheRunnersZone() {
        RunDetails entered =
                RunDetails.entered().distance(3.0).start("2026-11-24T07:30:00").check();

        assertThat(entered.needsRunnersZone()).isTrue();
        RunStart placed = entered.completedIn(PARIS, ANY_CLOCK).start().orElseThrow();
        assertThat(placed.offset()).contains(ZoneOffset.ofHours(1));
        assertThat(placed.zone()).contains(PARIS);
        assertThat(entered.completedIn(PARIS, ANY_CLOCK).needsRunnersZone()).isFalse();
    }

    @Test
    void aStartWithItsOwnOffset_keepsIt_whereverTheRunnerIs() {
        RunDetails entered = RunDetails.entered()
                .distance(3.0)
                .start("2026-11-24T07:30:00-05:00")
                .check();

        assertThat(entered.needsRunnersZone()).isFalse();
        assertThat(entered.completedIn(PARIS, ANY_CLOCK)).isEqualTo(entered);
    }

    @Test
    void aStoredLocalStartAlone_isRebuiltAsItIs() {
        RunStart floating = new RunStart(LocalDateTime.of(2026, 11, 24, 7, 30), Optional.empty(), Optional.empty());

        assertThat(floating.isFloating()).isTrue();
        assertThat(floating.withOffset()).isEmpty();
        assertThat(floating.date()).isEqualTo(LocalDate.of(2026, 11, 24));
    }
}

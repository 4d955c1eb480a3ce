package dev.runlog.domain.model;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.shared.Violation;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static dev.runlog.domain.model.InvalidValues.assertRejected;
import static dev.runlog.domain.model.InvalidValues.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunValuesTest {

    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 0.01, 5.2, 26.2, 1000})
    void aDistanceAbove0AndAtMost1000Miles_isAccepted(double miles) {
        assertThat(Distance.ofMiles(miles).miles()).isEqualTo(miles);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, -5.2, 1000.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aDistanceOutsideTheRangeOrNotFinite_isRejected(double miles) {
        assertRejected("distance", () -> Distance.ofMiles(miles));
    }

    @Test
    void aMissingDistance_isRejectedAsRequired() {
        assertThat(violationsOf(() -> Distance.ofMiles(null)))
                .extracting(Violation::message)
                .containsExactly("distance is required.");
    }

    @Test
    void aMoodOf50Characters_isAccepted_and51_isRejected() {
        assertThat(Mood.optional("x".repeat(50)).orElseThrow().value()).hasSize(50);
        assertRejected("mood", () -> Mood.optional("x".repeat(51)));
    }

    @Test
    void aMoodIsCountedInCharacters_soEmojiCountOnce() {
        assertThat(Mood.optional("😀".repeat(50)).orElseThrow().value()).isEqualTo("😀".repeat(50));
        assertRejected("mood", () -> Mood.optional("😀".repeat(51)));
    }

    @Test
    void aBlankMood_isRejected_butNoMoodAtAllIsFine() {
        assertRejected("mood", () -> Mood.optional(" "));
        assertThat(Mood.optional(null)).isEmpty();
        assertThat(Mood.optional("Happy")).contains(new Mood("Happy"));
    }

    @Test
    void runDetails_reportEveryBadFieldAtOnce() {
        assertThat(violationsOf(
                        () -> RunDetails.entered().distance(-1.0).mood("").check()))
                .extracting(Violation::field)
                .containsExactly("distance", "mood");
    }

    @Test
    void runDetails_withoutMood_haveNone() {
        RunDetails details = RunDetails.entered().distance(5.2).check();
        assertThat(details.distance().miles()).isEqualTo(5.2);
        assertThat(details.mood()).isEmpty();
    }

    @Test
    void aRunWithUser_mustPairARunWithItsOwnUser() {
        User alice = new User(new UserId(1), UserDetails.of("Alice", "alice@example.com"), Version.initial());
        Run bobsRun = new Run(
                new RunId(9), new UserId(2), RunDetails.entered().distance(3.0).check(), Version.initial());
        assertThatThrownBy(() -> new RunWithUser(bobsRun, alice)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDateAndADuration_areReadAsIso8601_andOptional() {
        RunDetails details = RunDetails.entered()
                .distance(5.2)
                .mood("Happy")
                .date("2026-11-24")
                .duration("PT25M30S")
                .check();

        assertThat(details.date()).contains(LocalDate.of(2026, 11, 24));
        assertThat(details.duration()).contains(new RunDuration(Duration.ofSeconds(1530)));
        assertThat(RunDetails.entered().distance(5.2).check().date()).isEmpty();
        assertThat(RunDetails.entered().distance(5.2).check().duration()).isEmpty();
    }

    @Test
    void aBadDateOrDuration_isReported_withTheOtherBadFields() {
        assertThat(violationsOf(() -> RunDetails.entered()
                        .distance(0.0)
                        .date("2026-13-01")
                        .duration("25 minutes")
                        .check()))
                .extracting(Violation::field)
                .containsExactly("distance", "date", "duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT5M", "PT72H0M1S", "PT25M30.5S"})
    void aDurationThatIsNotWholePositiveSecondsUpTo72Hours_isRejected(String duration) {
        assertRejected("duration", () -> RunDuration.parse(duration));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1S", "PT72H", "P1DT2H"})
    void aDurationOfWholeSecondsUpTo72Hours_isAccepted(String duration) {
        assertThat(RunDuration.parse(duration).value()).isEqualTo(Duration.parse(duration));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "+10000-01-01", "+999999-01-01", "-0001-01-01"})
    void aDateOutside1900To9999_isRejected(String date) {
        assertRejected(
                "date", () -> RunDetails.entered().distance(5.2).date(date).check());
    }

    @Test
    void theFirstAndLastStorableDays_areAccepted() {
        assertThat(RunDetails.entered().distance(5.2).date("1900-01-01").check().date())
                .contains(LocalDate.of(1900, 1, 1));
        assertThat(RunDetails.entered().distance(5.2).date("9999-12-31").check().date())
                .contains(LocalDate.of(9999, 12, 31));
    }

    @Test
    void aMoodWithAControlCharacter_isRejected() {
        assertRejected("mood", () -> Mood.optional("\u001b[31mHappy"));
    }

    @Test
    void thePace_isTheTimePerMile_toTheSecond() {
        assertThat(RunDetails.entered()
                        .distance(5.2)
                        .duration("PT25M30S")
                        .check()
                        .pace()
                        .orElseThrow()
                        .perMile())
                .isEqualTo(Duration.parse("PT4M54S")); // 1530 s / 5.2 mi = 294.2 s
        assertThat(RunDetails.entered().distance(5.2).check().pace()).isEmpty();
    }

    @Test
    void undatedDetails_areDatedTodayWhereTheRunnerIs_butADateGivenIsKept() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        // 23:30 in UTC on the 23rd is already the 24th in Paris.
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.UTC);
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(RunDetails.entered()
                        .distance(5.2)
                        .check()
                        .completedIn(paris, clock)
                        .date())
                .contains(today);
        assertThat(RunDetails.entered()
                        .distance(5.2)
                        .date("2026-01-01")
                        .check()
                        .completedIn(paris, clock)
                        .date())
                .contains(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aFilter_readsIsoDates_andRefusesAnEndBeforeItsStart() {
        assertThat(RunFilter.of("2026-11-01", "2026-11-30", "Happy").mood()).contains(new Mood("Happy"));
        assertThat(violationsOf(() -> RunFilter.of("yesterday", "2026-02-30", " ")))
                .extracting(Violation::field)
                .containsExactly("from", "to", "mood");
        assertRejected("to", () -> RunFilter.of("2026-11-30", "2026-11-01", null));
    }
}

package dev.runlog.domain.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;

import static dev.runlog.domain.model.InvalidValues.assertRejected;
import static dev.runlog.domain.model.InvalidValues.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunValuesTest {

    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 0.01, 5.2, 26.2, 1000})
    void aDistanceAbove0AndAtMost1000Miles_isAccepted(double miles) {
        assertThat(new Distance(miles).miles()).isEqualTo(miles);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, -5.2, 1000.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aDistanceOutsideTheRangeOrNotFinite_isRejected(double miles) {
        assertRejected("distance", () -> new Distance(miles));
    }

    @Test
    void aMissingDistance_isRejectedAsRequired() {
        assertThat(violationsOf(() -> Distance.ofMiles(null)))
                .extracting(Violation::message)
                .containsExactly("distance is required.");
    }

    @Test
    void aMoodOf50Characters_isAccepted_and51_isRejected() {
        assertThat(new Mood("x".repeat(50)).value()).hasSize(50);
        assertRejected("mood", () -> new Mood("x".repeat(51)));
    }

    @Test
    void aMoodIsCountedInCharacters_soEmojiCountOnce() {
        assertThat(new Mood("😀".repeat(50)).value()).isEqualTo("😀".repeat(50));
        assertRejected("mood", () -> new Mood("😀".repeat(51)));
    }

    @Test
    void aBlankMood_isRejected_butNoMoodAtAllIsFine() {
        assertRejected("mood", () -> new Mood(" "));
        assertThat(Mood.optional(null)).isEmpty();
        assertThat(Mood.optional("Happy")).contains(new Mood("Happy"));
    }

    @Test
    void runDetails_reportEveryBadFieldAtOnce() {
        assertThat(violationsOf(() -> RunDetails.of(-1.0, "")))
                .extracting(Violation::field)
                .containsExactly("distance", "mood");
    }

    @Test
    void runDetails_withoutMood_haveNone() {
        RunDetails details = RunDetails.of(5.2, null);
        assertThat(details.distance().miles()).isEqualTo(5.2);
        assertThat(details.mood()).isEmpty();
    }

    @Test
    void aRunWithUser_mustPairARunWithItsOwnUser() {
        User alice = new User(new UserId(1), UserDetails.of("Alice", "alice@example.com"), Version.initial());
        Run bobsRun = new Run(new RunId(9), new UserId(2), RunDetails.of(3.0, null), Version.initial());
        assertThatThrownBy(() -> new RunWithUser(bobsRun, alice)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDateAndADuration_areReadAsIso8601_andOptional() {
        RunDetails details = RunDetails.of(5.2, "Happy", "2026-11-24", "PT25M30S");

        assertThat(details.date()).contains(LocalDate.of(2026, 11, 24));
        assertThat(details.duration()).contains(new RunDuration(Duration.ofSeconds(1530)));
        assertThat(RunDetails.of(5.2, null, null, null).date()).isEmpty();
        assertThat(RunDetails.of(5.2, null, null, null).duration()).isEmpty();
    }

    @Test
    void aBadDateOrDuration_isReported_withTheOtherBadFields() {
        assertThat(violationsOf(() -> RunDetails.of(0.0, null, "2026-13-01", "25 minutes")))
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
        assertRejected("date", () -> RunDetails.of(5.2, null, date, null));
    }

    @Test
    void theFirstAndLastStorableDays_areAccepted() {
        assertThat(RunDetails.of(5.2, null, "1900-01-01", null).date()).contains(LocalDate.of(1900, 1, 1));
        assertThat(RunDetails.of(5.2, null, "9999-12-31", null).date()).contains(LocalDate.of(9999, 12, 31));
    }

    @Test
    void aMoodWithAControlCharacter_isRejected() {
        assertRejected("mood", () -> new Mood("\u001b[31mHappy"));
    }

    @Test
    void thePace_isTheTimePerMile_toTheSecond() {
        assertThat(RunDetails.of(5.2, null, null, "PT25M30S").pace().orElseThrow().perMile())
                .isEqualTo(Duration.parse("PT4M54S")); // 1530 s / 5.2 mi = 294.2 s
        assertThat(RunDetails.of(5.2, null, null, null).pace()).isEmpty();
    }

    @Test
    void undatedDetails_areDatedToday_butADateGivenIsKept() {
        LocalDate today = LocalDate.of(2026, 11, 24);

        assertThat(RunDetails.of(5.2, null).datedIfUndated(today).date()).contains(today);
        assertThat(RunDetails.of(5.2, null, "2026-01-01", null).datedIfUndated(today).date())
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

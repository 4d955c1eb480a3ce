package dev.runlog.domain.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

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
    void aRunWithNewDetails_keepsItsIdAndUser() {
        Run run = Run.withId(new RunId(7), new UserId(3), RunDetails.of(5.2, "Happy"));
        Run corrected = run.withDetails(RunDetails.of(6.0, null));
        assertThat(corrected).isEqualTo(new Run(new RunId(7), new UserId(3), new Distance(6.0), Optional.empty()));
    }

    @Test
    void aRunWithUser_mustPairARunWithItsOwnUser() {
        User alice = User.withId(new UserId(1), UserDetails.of("Alice", "alice@example.com"));
        Run bobsRun = Run.withId(new RunId(9), new UserId(2), RunDetails.of(3.0, null));
        assertThatThrownBy(() -> new RunWithUser(bobsRun, alice)).isInstanceOf(IllegalArgumentException.class);
    }
}

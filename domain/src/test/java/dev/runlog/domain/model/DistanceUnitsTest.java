package dev.runlog.domain.model;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Pace;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kilometres or miles: what a runner types is what they read back, and conversions are the expected ones. */
class DistanceUnitsTest {

    private static final int RUNS_PER_SEED = 20_000;

    @Test
    void tenKilometres_readTenKilometres_and6point2137Miles() {
        Distance tenK = Distance.of(10.0, DistanceUnit.KILOMETRES);

        assertThat(tenK.in(DistanceUnit.KILOMETRES)).isEqualTo(10.0);
        assertThat(BigDecimal.valueOf(tenK.in(DistanceUnit.MILES)).setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo("6.2137");
    }

    @Test
    void milesStayExactlyAsStored() {
        assertThat(new Distance(5.2).in(DistanceUnit.MILES)).isEqualTo(5.2);
        assertThat(new Distance(6.213711922373339).in(DistanceUnit.MILES)).isEqualTo(6.213711922373339);
    }

    /** Any distance typed to the metre (or the thousandth of a mile) reads back exactly as typed, in its unit. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20261124})
    void whatIsTyped_readsBackAsTyped_inEitherUnit(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < RUNS_PER_SEED; i++) {
            for (DistanceUnit unit : DistanceUnit.values()) {
                double typed = (1 + random.nextInt(1_000_000)) / 1000.0; // 0.001 to 1000
                if (unit.toMiles(typed) > Distance.MAX_MILES) {
                    continue;
                }
                assertThat(Distance.of(typed, unit).in(unit))
                        .as("%s %s", typed, unit)
                        .isEqualTo(typed);
            }
        }
    }

    /** Converting to the other unit and back gives the same distance, to the ten digits shown. */
    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void convertingThereAndBack_keepsTheDistance(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < RUNS_PER_SEED; i++) {
            double kilometres = (1 + random.nextInt(1_609_344)) / 1000.0;
            double miles = Distance.of(kilometres, DistanceUnit.KILOMETRES).in(DistanceUnit.MILES);

            assertThat(Distance.of(miles, DistanceUnit.MILES).in(DistanceUnit.KILOMETRES))
                    .isEqualTo(kilometres);
        }
    }

    @Test
    void theLongestRun_isAThousandMilesInEitherUnit() {
        assertThat(Distance.of(1609.344, DistanceUnit.KILOMETRES).in(DistanceUnit.MILES))
                .isEqualTo(1000.0);
        assertThatThrownBy(() -> Distance.of(1609.35, DistanceUnit.KILOMETRES))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("distance must be a number of kilometres above 0 and at most 1609.344.");
        assertThatThrownBy(() -> Distance.ofMiles(1000.01))
                .hasMessageContaining("distance must be a number of miles above 0 and at most 1000.");
    }

    @Test
    void unitsAreNamedByTheirSymbols_andAnUnknownOneNamesItsField() {
        assertThat(DistanceUnit.parse("unit", "km")).isEqualTo(DistanceUnit.KILOMETRES);
        assertThat(DistanceUnit.parse("unit", "mi")).isEqualTo(DistanceUnit.MILES);
        assertThatThrownBy(() -> DistanceUnit.parse("unit", "KM"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("unit");
                            assertThat(violation.message()).isEqualTo("unit must be \"mi\" or \"km\".");
                        }));
    }

    @Test
    void aPacePerKilometre_isThePacePerMileOverTheKilometresInAMile() {
        Pace tenKIn50Minutes = Pace.of(RunDuration.parse("PT50M"), Distance.of(10.0, DistanceUnit.KILOMETRES))
                .orElseThrow();

        assertThat(tenKIn50Minutes.per(DistanceUnit.KILOMETRES)).isEqualTo(Duration.ofMinutes(5));
        assertThat(tenKIn50Minutes.per(DistanceUnit.MILES)).isEqualTo(Duration.ofSeconds(483)); // 8:03 a mile
    }
}

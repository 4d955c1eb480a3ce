package dev.runlog.domain.model;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.DistanceRecord;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.StandardDistance;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A runner's bests, each naming its run. */
class PersonalRecordsTest {

    private static final UserId RUNNER = new UserId(1);

    @Test
    void aRunnerWithoutRuns_hasNoRecords() {
        PersonalRecords records = PersonalRecords.of(List.of(), DistanceUnit.MILES);

        assertThat(records.longestRun()).isEmpty();
        assertThat(records.longestDuration()).isEmpty();
        assertThat(records.bestPace()).isEmpty();
        assertThat(records.distances()).isEmpty();
    }

    @Test
    void theLongestRun_andTheLongestDuration_mayBeDifferentRuns() {
        Run far = run(1, "km", 30.0, "PT2H30M");
        Run slow = run(2, "km", 20.0, "PT3H");

        PersonalRecords records = PersonalRecords.of(List.of(far, slow), DistanceUnit.KILOMETRES);

        assertThat(records.longestRun()).contains(far);
        assertThat(records.longestDuration()).contains(slow);
        assertThat(records.unit()).isEqualTo(DistanceUnit.KILOMETRES);
    }

    @Test
    void theBestPace_isOverRunsOfAtLeastAMile() {
        Run sprint = run(1, "mi", 0.5, "PT2M"); // 4:00 a mile, but half a mile
        Run mile = run(2, "mi", 1.0, "PT6M");
        Run tenK = run(3, "km", 10.0, "PT45M"); // 7:14 a mile

        assertThat(PersonalRecords.of(List.of(sprint, mile, tenK), DistanceUnit.MILES)
                        .bestPace())
                .contains(mile);
    }

    @Test
    void atEachStandardDistance_theFastestRunAtLeastThatLong_holdsTheRecord_withItsTimeProjected() {
        Run fiveK = run(1, "km", 5.0, "PT25M"); // 5:00 a km
        Run tenK = run(2, "km", 10.0, "PT48M"); // 4:48 a km: faster than the 5k, and long enough for it
        Run half = run(3, "km", 21.0975, "PT1H50M");

        List<DistanceRecord> records = PersonalRecords.of(List.of(fiveK, tenK, half), DistanceUnit.KILOMETRES)
                .distances();

        assertThat(records)
                .extracting(DistanceRecord::distance)
                .containsExactly(StandardDistance.FIVE_K, StandardDistance.TEN_K, StandardDistance.HALF_MARATHON);
        DistanceRecord atFiveK = records.get(0);
        assertThat(atFiveK.run()).isEqualTo(tenK);
        assertThat(atFiveK.time()).isEqualTo(Duration.ofMinutes(24));
        assertThat(atFiveK.projected()).isTrue();
        DistanceRecord atTenK = records.get(1);
        assertThat(atTenK.run()).isEqualTo(tenK);
        assertThat(atTenK.time()).isEqualTo(Duration.ofMinutes(48));
        assertThat(atTenK.projected()).isFalse();
        assertThat(records.get(2).time()).isEqualTo(Duration.ofMinutes(110));
        assertThat(records.get(2).projected()).isFalse();
    }

    @Test
    void aRunJustShortOfTheDistance_holdsNoRecordThere() {
        Run almostFiveK = run(1, "km", 4.99, "PT20M");

        assertThat(PersonalRecords.of(List.of(almostFiveK), DistanceUnit.KILOMETRES)
                        .distances())
                .isEmpty();
    }

    @Test
    void ofEqualRuns_theFirstLoggedHoldsEachRecord() {
        Run later = run(7, "mi", 5.0, "PT40M");
        Run earlier = run(3, "mi", 5.0, "PT40M");

        PersonalRecords records = PersonalRecords.of(List.of(later, earlier), DistanceUnit.MILES);

        assertThat(records.longestRun()).contains(earlier);
        assertThat(records.longestDuration()).contains(earlier);
        assertThat(records.bestPace()).contains(earlier);
        assertThat(records.distances())
                .allSatisfy(record -> assertThat(record.run()).isEqualTo(earlier));
    }

    /** Another app may have stored runs of no distance: they hold no record, nor break the pace's division. */
    @Test
    void storedRunsOfNoDistance_holdNoRecord() {
        RunDetails stored = new RunDetails(
                new Distance(0), Optional.empty(), Optional.empty(), Optional.of(RunDuration.ofSeconds(600)));
        Run nowhere = new Run(new RunId(1), RUNNER, stored, Version.initial());

        PersonalRecords records = PersonalRecords.of(List.of(nowhere), DistanceUnit.MILES);

        assertThat(records.longestRun()).isEmpty();
        assertThat(records.bestPace()).isEmpty();
        assertThat(records.longestDuration()).contains(nowhere);
    }

    private static Run run(long id, String unit, double distance, String duration) {
        RunDetails details = RunDetails.entered()
                .distance(distance)
                .unit(unit)
                .date("2026-11-24")
                .duration(duration)
                .check();
        return new Run(new RunId(id), RUNNER, details, Version.initial());
    }
}

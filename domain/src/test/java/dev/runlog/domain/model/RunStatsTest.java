package dev.runlog.domain.model;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.MoodCount;
import dev.runlog.domain.model.run.Pace;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.RunTally;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stats of a user's runs, defined once: {@link RunStats#of}, and any grouping of tallies gives
 * the same (here exactly: the sums are of whole and short numbers).
 */
class RunStatsTest {

    private static final UserId ALICE = new UserId(1);

    @Test
    void noRuns_haveNoAverageLongestOrPace_ratherThanZeros() {
        assertThat(RunStats.of(List.of()))
                .isEqualTo(new RunStats(0, 0, Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void runsAreSummed_moodsCountedIgnoringCase_spelledAsFirstLogged_mostFirst() {
        RunStats stats = RunStats.of(List.of(
                run(1, 3, "Tired", 1800), run(2, 5, "happy", 1500), run(3, 10, "HAPPY", null), run(4, 2, null, 600)));

        assertThat(stats.runs()).isEqualTo(4);
        assertThat(stats.totalMiles()).isEqualTo(20);
        assertThat(stats.averageMiles()).contains(5.0);
        assertThat(stats.longestMiles()).contains(10.0);
        assertThat(stats.bestPace()).contains(new Pace(Duration.ofMinutes(5)));
        assertThat(stats.moods())
                .containsExactly(
                        new MoodCount(Optional.of(new Mood("happy")), 2),
                        new MoodCount(Optional.of(new Mood("Tired")), 1),
                        new MoodCount(Optional.empty(), 1));
    }

    @Test
    void runsOfNoDistance_countButHaveNoPace() {
        RunStats stats = RunStats.of(List.of(run(1, 0, "", 600), run(2, -1, "", 60)));

        assertThat(stats.runs()).isEqualTo(2);
        assertThat(stats.totalMiles()).isEqualTo(-1);
        assertThat(stats.longestMiles()).contains(0.0);
        assertThat(stats.bestPace()).isEmpty();
    }

    @Test
    void talliesGroupedAnyWay_giveTheSameStatsAsTheRuns() {
        List<Run> runs = List.of(run(1, 3, "Tired", 1800), run(2, 5, "happy", 1500), run(3, 10, "happy", null));
        RunTally happyTogether = new RunTally(
                Optional.of(new Mood("happy")), new RunId(2), 2, 15, 10, Optional.of(new Pace(Duration.ofMinutes(5))));

        RunStats grouped = RunStats.fromTallies(List.of(happyTogether, RunTally.of(runs.get(0))));

        assertThat(grouped).isEqualTo(RunStats.of(runs));
    }

    private static Run run(long id, double miles, String mood, Integer seconds) {
        RunDetails details = new RunDetails(
                new Distance(miles),
                Mood.stored(mood),
                Optional.empty(),
                Optional.ofNullable(seconds).map(RunDuration::ofSeconds));
        return new Run(new RunId(id), ALICE, details, Version.initial());
    }
}

package dev.runlog.domain.model;

import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static dev.runlog.domain.model.InvalidValues.assertRejected;
import static dev.runlog.domain.model.InvalidValues.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A batch of runs to import: every bad element named by its index, and the size bounded. */
class RunBatchTest {

    /** A raw element as a client sends it: a distance and a mood, unchecked. */
    private record Raw(Double distance, String mood) {
        RunDetails toDetails() {
            return RunDetails.entered().distance(distance).mood(mood).check();
        }
    }

    @Test
    void goodElements_becomeABatch_inTheirOrder() {
        RunBatch batch = RunBatch.of(List.of(new Raw(5.2, "Happy"), new Raw(3.1, null)), Raw::toDetails);

        assertThat(batch.runs()).extracting(run -> run.distance().miles()).containsExactly(5.2, 3.1);
    }

    @Test
    void everyBadElement_isNamedByItsIndex_withEachOfItsBadFields() {
        List<Raw> elements =
                List.of(new Raw(5.2, "Happy"), new Raw(-1.0, " "), new Raw(3.1, null), new Raw(null, "Tired"));

        assertThat(violationsOf(() -> RunBatch.of(elements, Raw::toDetails)))
                .extracting(Violation::field)
                .containsExactly("[1].distance", "[1].mood", "[3].distance");
    }

    @Test
    void aNullElement_isNamedByItsIndex() {
        assertRejected("[1]", () -> RunBatch.of(Arrays.asList(new Raw(5.2, "Happy"), null), Raw::toDetails));
    }

    @Test
    void aBatchHoldsFromOneTo10000Runs() {
        RunDetails run = RunDetails.entered().distance(5.2).mood("Happy").check();

        assertThat(new RunBatch(Collections.nCopies(RunBatch.MAX_RUNS, run)).runs())
                .hasSize(10_000);
        assertRejected("runs", () -> new RunBatch(List.of()));
        assertRejected("runs", () -> new RunBatch(Collections.nCopies(RunBatch.MAX_RUNS + 1, run)));
    }

    @Test
    void theBatchIsACopy_soChangingTheGivenListChangesNothing() {
        List<RunDetails> given = new ArrayList<>(
                List.of(RunDetails.entered().distance(5.2).mood("Happy").check()));
        RunBatch batch = new RunBatch(given);

        given.clear();

        assertThat(batch.runs()).hasSize(1);
    }
}

package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import static dev.runlog.domain.model.run.DistanceUnit.KILOMETRES;
import static dev.runlog.domain.testing.RunTestData.aRun;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks compare like with like: every way of reading a user gives the same user and
 * runs, and every way of inserting stores each run once and answers its id. Run with the tests,
 * so a variant that drifts fails the build rather than skewing a figure.
 */
class BenchmarkVariantsTest {

    private final BenchmarkDatabase db = BenchmarkDatabase.start();

    @Test
    void everyReader_givesTheSameUserWithRuns() {
        UserId user = db.userWithRuns(12);
        UserWithRunsReaders read = new UserWithRunsReaders(db);

        UserWithRuns expected = db.users.findWithRunsById(user).orElseThrow();

        assertThat(expected.runs()).hasSize(12);
        assertThat(read.jdbc(user)).isEqualTo(expected);
        assertThat(read.nestedSelect(user)).isEqualTo(expected);
        assertThat(read.nPlusOne(user)).isEqualTo(expected);
        assertThat(read.ordered(user)).isEqualTo(expected);
        assertThat(read.byProperties(user)).isEqualTo(expected);
        assertThat(read.byConstructor(user)).isEqualTo(expected);
        assertThat(read.typed(user)).isEqualTo(expected);
        assertThat(read.labelIndexed(user)).isEqualTo(expected);
        assertThat(read.defaultObjectFactory(user)).isEqualTo(expected);
        assertThat(read.combined(user)).isEqualTo(expected);
    }

    @Test
    void theBenchmarksRuns_holdAValueInEveryColumnTheAdapterReads() {
        UserId user = db.userWithRuns(12);
        UserWithRunsReaders read = new UserWithRunsReaders(db);

        UserWithRuns expected = db.users.findWithRunsById(user).orElseThrow();

        assertThat(expected.runs())
                .anySatisfy(run -> assertThat(run.details().unit()).isEqualTo(KILOMETRES));
        assertThat(expected.runs())
                .anySatisfy(run -> assertThat(run.details().start()).isPresent());
        assertThat(read.jdbcTenColumns(user))
                .as("the floor as it was, blind to units and starts")
                .isNotEqualTo(expected);
    }

    @Test
    void everyInserter_storesEachRunOnce_andAnswersItsId() {
        RunInserters insert = new RunInserters(db);
        List<RunDetails> runs = Collections.nCopies(
                1_500, aRun().on("2026-11-24").taking("PT30M").details());
        List<BiFunction<UserId, List<RunDetails>, List<Long>>> inserters = List.of(
                insert::adapter, insert::oneByOneCommitted, insert::oneByOne, insert::myBatisBatch, insert::jdbcBatch);

        for (var inserter : inserters) {
            UserId user = db.userWithRuns(0);

            List<Long> ids = inserter.apply(user, runs);

            assertThat(ids).hasSize(1_500).doesNotHaveDuplicates();
            assertThat(db.users.findWithRunsById(user).orElseThrow().runs())
                    .extracting(run -> run.id().value())
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void theGenerator_fillsUsersAndRuns_spreadOverTheNewUsers() {
        long usersBefore = db.queryNumber("select count(*) from user");
        long runsBefore = db.queryNumber("select count(*) from run");

        db.fill(100, 1_000);

        assertThat(db.queryNumber("select count(*) from user")).isEqualTo(usersBefore + 100);
        assertThat(db.queryNumber("select count(*) from run")).isEqualTo(runsBefore + 1_000);
        assertThat(db.queryNumber(
                        "select count(distinct user_id) from run where id > (select max(id) - 1000 from run)"))
                .isEqualTo(100);
    }
}

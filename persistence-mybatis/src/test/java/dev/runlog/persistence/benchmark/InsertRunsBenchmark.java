package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.user.UserId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.runlog.domain.testing.RunTestData.aRun;

/**
 * Storing 1,000 or 10,000 runs of one user: one statement per run, each committed by itself; then,
 * in one transaction, one statement per run, Runlog's multi-row inserts, MyBatis's BATCH
 * executor, and a hand-written JDBC batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InsertRunsBenchmark {

    @Param({"1000", "10000"})
    public int runs;

    private BenchmarkDatabase db;
    private RunInserters insert;
    private UserId user;
    private List<RunDetails> details;

    @Setup
    public void prepareTheRuns() {
        db = BenchmarkDatabase.start();
        insert = new RunInserters(db);
        user = db.userWithRuns(0);
        details = IntStream.rangeClosed(1, runs)
                .mapToObj(i -> aRun().withDistance(1 + i % 20)
                        .on("2026-11-24")
                        .taking("PT30M")
                        .details())
                .toList();
    }

    /** Every iteration starts from the same table, so the index does not grow through the run. */
    @Setup(Level.Iteration)
    public void emptyTheRunTable() {
        db.execute("delete from run");
    }

    @TearDown
    public void stopTheDatabase() {
        BenchmarkDatabase.stop();
    }

    @Benchmark
    public List<Long> oneByOneCommitted() {
        return insert.oneByOneCommitted(user, details);
    }

    @Benchmark
    public List<Long> oneByOne() {
        return insert.oneByOne(user, details);
    }

    @Benchmark
    public List<Long> adapter() {
        return insert.adapter(user, details);
    }

    @Benchmark
    public List<Long> myBatisBatch() {
        return insert.myBatisBatch(user, details);
    }

    @Benchmark
    public List<Long> jdbcBatch() {
        return insert.jdbcBatch(user, details);
    }
}

package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

/** A keyset page of 20 runs at the start and at the end of a table of 1,000,000 runs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KeysetPageBenchmark {

    static final int USERS = 10_000;
    static final int RUNS = 1_000_000;

    @Param({"first", "last"})
    public String page;

    private BenchmarkDatabase db;
    private PageRequest request;

    @Setup
    public void fillAMillionRuns() {
        db = BenchmarkDatabase.start();
        if (db.queryNumber("select count(*) from run") < RUNS) {
            db.fill(USERS, RUNS);
        }
        // "after" the id before the first run, or after the 21st run from the end: both full pages.
        long after = page.equals("first")
                ? db.queryNumber("select min(id) - 1 from run")
                : db.queryNumber("select id from run order by id desc limit 1 offset 20");
        request = PageRequest.of(after, 20);
        if (db.runs.findPage(RunFilter.ALL, request).items().size() != 20) {
            throw new IllegalStateException("the page does not hold 20 runs; the figures would compare different work");
        }
    }

    @TearDown
    public void stopTheDatabase() {
        BenchmarkDatabase.stop();
    }

    @Benchmark
    public Page<Run> adapter() {
        return db.runs.findPage(RunFilter.ALL, request);
    }
}

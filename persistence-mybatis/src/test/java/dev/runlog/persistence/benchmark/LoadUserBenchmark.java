package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.user.UserId;
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

/**
 * What does a {@code <collection>} resultMap cost against hand-written JDBC, and what does N+1
 * cost? One user with 10, 100 or 1,000 runs, read the adapter's way, by MyBatis's other ways, by
 * the adapter's mapping with one change each (a to e), and by hand (see {@link UserWithRunsReaders}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LoadUserBenchmark {

    @Param({"10", "100", "1000"})
    public int runs;

    private UserWithRunsReaders read;
    private UserId user;

    @Setup
    public void storeAUserWithRuns() {
        BenchmarkDatabase db = BenchmarkDatabase.start();
        read = new UserWithRunsReaders(db);
        user = db.userWithRuns(runs);
        UserWithRuns expected = read.jdbc(user);
        if (!(expected.runs().size() == runs
                && read.adapter(user).equals(expected)
                && read.nestedSelect(user).equals(expected)
                && read.nPlusOne(user).equals(expected)
                && read.ordered(user).equals(expected)
                && read.byProperties(user).equals(expected)
                && read.byConstructor(user).equals(expected)
                && read.typed(user).equals(expected)
                && read.labelIndexed(user).equals(expected)
                && read.defaultObjectFactory(user).equals(expected)
                && read.combined(user).equals(expected))) {
            throw new IllegalStateException("the readers disagree; the figures would compare different work");
        }
    }

    @TearDown
    public void stopTheDatabase() {
        BenchmarkDatabase.stop();
    }

    @Benchmark
    public UserWithRuns adapter() {
        return read.adapter(user);
    }

    @Benchmark
    public UserWithRuns nestedSelect() {
        return read.nestedSelect(user);
    }

    @Benchmark
    public UserWithRuns nPlusOne() {
        return read.nPlusOne(user);
    }

    @Benchmark
    public UserWithRuns jdbc() {
        return read.jdbc(user);
    }

    @Benchmark
    public UserWithRuns jdbcTenColumns() {
        return read.jdbcTenColumns(user);
    }

    @Benchmark
    public UserWithRuns ordered() {
        return read.ordered(user);
    }

    @Benchmark
    public UserWithRuns byProperties() {
        return read.byProperties(user);
    }

    @Benchmark
    public UserWithRuns byConstructor() {
        return read.byConstructor(user);
    }

    @Benchmark
    public UserWithRuns typed() {
        return read.typed(user);
    }

    @Benchmark
    public UserWithRuns labelIndexed() {
        return read.labelIndexed(user);
    }

    @Benchmark
    public UserWithRuns defaultObjectFactory() {
        return read.defaultObjectFactory(user);
    }

    @Benchmark
    public UserWithRuns combined() {
        return read.combined(user);
    }
}

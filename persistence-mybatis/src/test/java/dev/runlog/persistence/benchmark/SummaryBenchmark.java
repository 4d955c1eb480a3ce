package dev.runlog.persistence.benchmark;

import dev.runlog.domain.model.run.CalendarPeriod;
import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.PeriodSummary;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.SummaryRange;
import dev.runlog.domain.model.run.SummaryRequest;
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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A runner with 100,000 runs over ten years: their summaries by week or month over all ten years,
 * and their records, as the adapter computes them (MariaDB adds up each day or picks out the
 * record holders; the domain sums the periods), against loading every run and summing in Java.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SummaryBenchmark {

    static final int RUNS = 100_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);
    static final int DAYS = 3652;

    @Param({"week", "month"})
    public String period;

    private BenchmarkDatabase db;
    private UserId runner;
    private SummaryRange range;

    @Setup
    public void aRunnerWithAHundredThousandRuns() {
        db = BenchmarkDatabase.start();
        db.execute("insert into user (username, email) "
                + "values ('Summary runner', concat('summaries.', uuid_short(), '@example.com'))");
        runner = new UserId(db.queryNumber("select max(id) from user"));
        // Ten years of runs, some days two or more, each timed; distances 1 to 20 miles.
        db.execute("insert into run (distance, mood, date, duration_seconds, user_id) "
                + "select 1 + seq % 20, 'Happy', date '" + FIRST_DAY + "' + interval seq % " + DAYS + " day, "
                + "1200 + seq % 2400, " + runner.value() + " from seq_1_to_" + RUNS);
        range = new SummaryRequest(
                        CalendarPeriod.parse("period", period),
                        Optional.of(FIRST_DAY),
                        Optional.of(FIRST_DAY.plusDays(DAYS - 1)),
                        Optional.empty(),
                        SummaryRequest.MAX_LIMIT)
                .rangeFor(DayOfWeek.MONDAY, FIRST_DAY);
        long summed = adapter().stream().mapToLong(PeriodSummary::runs).sum();
        if (summed != RUNS || !adapter().equals(everyRunLoaded())) {
            throw new IllegalStateException("the variants do not sum the same " + RUNS + " runs: " + summed);
        }
    }

    @TearDown
    public void stopTheDatabase() {
        BenchmarkDatabase.stop();
    }

    /** What the summaries use case does: one statement that sends a tally per day, summed by the domain. */
    @Benchmark
    public List<PeriodSummary> adapter() {
        return db.inAutocommitSession(
                () -> range.summarize(db.runs.dayTallies(runner, range.firstDay(), range.lastDay())));
    }

    /** The same summaries from every run, read in one statement and tallied one by one in Java. */
    @Benchmark
    public List<PeriodSummary> everyRunLoaded() {
        List<Run> runs = db.inAutocommitSession(
                () -> db.users.findWithRunsById(runner).orElseThrow().runs());
        return range.summarize(
                runs.stream().flatMap(run -> DayTally.of(run).stream()).toList());
    }

    /** What the records use case does: one statement that sends the record holders. */
    @Benchmark
    public PersonalRecords records() {
        return db.inAutocommitSession(() -> PersonalRecords.of(db.runs.recordCandidates(runner), DistanceUnit.MILES));
    }

    /** The same records from every run. */
    @Benchmark
    public PersonalRecords recordsFromEveryRun() {
        List<Run> runs = db.inAutocommitSession(
                () -> db.users.findWithRunsById(runner).orElseThrow().runs());
        return PersonalRecords.of(runs, DistanceUnit.MILES);
    }
}

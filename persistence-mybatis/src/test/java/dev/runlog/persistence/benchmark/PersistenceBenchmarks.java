package dev.runlog.persistence.benchmark;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.File;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the persistence benchmarks with JMH, then prints each target as a ratio of two variants
 * measured in this one run (the machine is shared, so absolute figures wander; ratios much less).
 *
 * <pre>./mvnw -pl persistence-mybatis -am -Ppersistence-benchmarks -DskipTests verify</pre>
 *
 * Any JMH option may be added with {@code -Dbenchmark.args="..."}, such as a regex of the
 * benchmarks to run ({@code LoadUser}) or more iterations ({@code -i 10}).
 */
public final class PersistenceBenchmarks {

    private PersistenceBenchmarks() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new File("target/benchmarks").mkdirs();
        CommandLineOptions given = new CommandLineOptions(args);
        // Defaults for what the command line leaves out: every benchmark, 3 x 2 s warm-up, 5 x 2 s measured.
        ChainedOptionsBuilder options = new OptionsBuilder()
                .parent(given)
                .resultFormat(ResultFormatType.JSON)
                .result("target/benchmarks/persistence.json");
        if (given.getIncludes().isEmpty()) {
            options.include(PersistenceBenchmarks.class.getPackageName() + ".*Benchmark");
        }
        if (!given.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!given.getWarmupIterations().hasValue()) {
            options.warmupIterations(3).warmupTime(TimeValue.seconds(2));
        }
        if (!given.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        Map<String, Double> scores = new TreeMap<>();
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1");
            String params = String.join(
                    ",",
                    result.getParams().getParamsKeys().stream()
                            .map(key -> key + "=" + result.getParams().getParam(key))
                            .toList());
            scores.put(
                    name + (params.isEmpty() ? "" : "[" + params + "]"),
                    result.getPrimaryResult().getScore());
        }
        printRatios(new Ratios(scores));
    }

    private static void printRatios(Ratios ratios) {
        System.out.println();
        System.out.println("Ratios of two variants measured in this run:");
        for (String runs : new String[] {"10", "100", "1000"}) {
            String at = "[runs=" + runs + "]";
            ratios.print(
                    "user with " + runs + " runs: adapter / JDBC floor throughput (target at 100: >= 0.8)",
                    "LoadUserBenchmark.adapter" + at,
                    "LoadUserBenchmark.jdbc" + at);
            for (String variant : new String[] {
                "ordered",
                "byProperties",
                "byConstructor",
                "typed",
                "labelIndexed",
                "defaultObjectFactory",
                "combined",
                "jdbcTenColumns"
            }) {
                ratios.print(
                        "user with " + runs + " runs: " + variant + " / JDBC floor throughput",
                        "LoadUserBenchmark." + variant + at,
                        "LoadUserBenchmark.jdbc" + at);
            }
            ratios.print(
                    "user with " + runs + " runs: nested select / adapter throughput",
                    "LoadUserBenchmark.nestedSelect" + at,
                    "LoadUserBenchmark.adapter" + at);
            ratios.print(
                    "user with " + runs
                            + " runs: adapter / N+1 throughput, how much slower N+1 is (target at 100: >= 10)",
                    "LoadUserBenchmark.adapter" + at,
                    "LoadUserBenchmark.nPlusOne" + at);
        }
        ratios.print(
                "keyset: last page / first page of 1,000,000 runs, time (target: <= 1.5)",
                "KeysetPageBenchmark.adapter[page=last]",
                "KeysetPageBenchmark.adapter[page=first]");
        for (String runs : new String[] {"1000", "10000"}) {
            String at = "[runs=" + runs + "]";
            ratios.print(
                    runs
                            + " runs: one by one, each committed / adapter's multi-row inserts, time"
                            + " (target at 10000: >= 10)",
                    "InsertRunsBenchmark.oneByOneCommitted" + at,
                    "InsertRunsBenchmark.adapter" + at);
            ratios.print(
                    runs + " runs: one by one in one transaction / adapter's multi-row inserts, time",
                    "InsertRunsBenchmark.oneByOne" + at,
                    "InsertRunsBenchmark.adapter" + at);
            ratios.print(
                    runs + " runs: MyBatis BATCH executor / adapter, time",
                    "InsertRunsBenchmark.myBatisBatch" + at,
                    "InsertRunsBenchmark.adapter" + at);
            ratios.print(
                    runs + " runs: adapter / JDBC batch (bulk protocol), time",
                    "InsertRunsBenchmark.adapter" + at,
                    "InsertRunsBenchmark.jdbcBatch" + at);
        }
        for (String period : new String[] {"week", "month"}) {
            String at = "[period=" + period + "]";
            ratios.print(
                    "100,000 runs by " + period + " over ten years: every run loaded / adapter's day tallies, time",
                    "SummaryBenchmark.everyRunLoaded" + at,
                    "SummaryBenchmark.adapter" + at);
        }
        ratios.print(
                "records of 100,000 runs: every run loaded / adapter's record holders, time",
                "SummaryBenchmark.recordsFromEveryRun[period=week]",
                "SummaryBenchmark.records[period=week]");
    }

    /** Scores by "Class.method[param=value]", and the ratio of two of them. */
    private record Ratios(Map<String, Double> scores) {

        void print(String what, String numerator, String denominator) {
            Double top = scores.get(numerator);
            Double bottom = scores.get(denominator);
            if (top != null && bottom != null) {
                System.out.printf("  %-100s %8.2f%n", what, top / bottom);
            }
        }
    }
}

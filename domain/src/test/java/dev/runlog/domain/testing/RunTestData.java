package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.RunDetails;

/**
 * Builds run details for tests:
 * {@code aRun().withDistance(5.2).withMood("Happy").on("2026-11-24").taking("PT25M").details()}.
 * Defaults: 5.2 miles, "Happy", no date, no duration.
 */
public final class RunTestData {

    private double distance = 5.2;
    private String mood = "Happy";
    private String date;
    private String duration;

    private RunTestData() {}

    public static RunTestData aRun() {
        return new RunTestData();
    }

    public RunTestData withDistance(double distance) {
        this.distance = distance;
        return this;
    }

    public RunTestData withMood(String mood) {
        this.mood = mood;
        return this;
    }

    public RunTestData withoutMood() {
        return withMood(null);
    }

    /** On this ISO-8601 day, such as 2026-11-24. */
    public RunTestData on(String date) {
        this.date = date;
        return this;
    }

    /** Taking this ISO-8601 duration, such as PT25M30S. */
    public RunTestData taking(String duration) {
        this.duration = duration;
        return this;
    }

    public RunDetails details() {
        return RunDetails.entered()
                .distance(distance)
                .mood(mood)
                .date(date)
                .duration(duration)
                .check();
    }
}

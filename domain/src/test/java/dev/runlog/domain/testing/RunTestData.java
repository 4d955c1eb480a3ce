package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.RunDetails;

/**
 * Builds run details for tests:
 * {@code aRun().withDistance(5.2).withMood("Happy").on("2026-11-24").taking("PT25M").details()}.
 * Defaults: 5.2 miles, "Happy", no date, no duration, no start.
 */
public final class RunTestData {

    private double distance = 5.2;
    private String mood = "Happy";
    private String date;
    private String duration;
    private String unit;
    private String start;
    private String zone;

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

    /** With the distance in this unit's symbol, {@code mi} or {@code km}. */
    public RunTestData in(String unit) {
        this.unit = unit;
        return this;
    }

    /** Starting at this ISO-8601 date and time, with an offset or without (2026-11-24T07:30:00+01:00). */
    public RunTestData startingAt(String start) {
        this.start = start;
        return this;
    }

    /** With the start in this zone, such as Europe/Paris. */
    public RunTestData inZone(String zone) {
        this.zone = zone;
        return this;
    }

    public RunDetails details() {
        return RunDetails.entered()
                .distance(distance)
                .unit(unit)
                .mood(mood)
                .date(date)
                .duration(duration)
                .start(start)
                .zone(zone)
                .check();
    }
}

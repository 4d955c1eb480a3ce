package dev.runlog.domain.testing;

import dev.runlog.domain.model.RunDetails;

/** Builds run details for tests: {@code aRun().withDistance(5.2).withMood("Happy").details()}. */
public final class RunTestData {

    private double distance = 5.2;
    private String mood = "Happy";

    private RunTestData() {
    }

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

    public RunDetails details() {
        return RunDetails.of(distance, mood);
    }
}

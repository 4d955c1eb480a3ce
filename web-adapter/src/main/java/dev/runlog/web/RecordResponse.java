package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceRecord;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Run;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;

/**
 * One personal record as JSON: which record, the run that holds it, and for a standard distance
 * the time at that distance and whether it is projected from a longer run's pace.
 */
public record RecordResponse(
        @Schema(
                description = "Which record",
                allowableValues = {
                    "longest-run",
                    "longest-duration",
                    "best-pace",
                    "5k",
                    "10k",
                    "half-marathon",
                    "marathon"
                },
                example = "5k")
        String record,

        @Schema(
                description = "At a standard distance, the holder's pace over that distance, to the second; null for "
                        + "the other records",
                types = {"string", "null"},
                format = "duration",
                example = "PT24M")
        Duration time,

        @Schema(
                description = "Whether the holder ran further than the distance, so the time is its pace's, not a "
                        + "time it ran; false for the other records",
                example = "true")
        boolean projected,

        @Schema(description = "The run that holds the record, in the records' unit")
        RunResponse run) {

    static final String LONGEST_RUN = "longest-run";
    static final String LONGEST_DURATION = "longest-duration";
    static final String BEST_PACE = "best-pace";

    /** A record that is a run itself: the longest, the longest in time, the fastest. */
    static RecordResponse of(String record, Run run, DistanceUnit unit) {
        return new RecordResponse(record, null, false, RunResponse.in(run, unit));
    }

    static RecordResponse from(DistanceRecord record, DistanceUnit unit) {
        return new RecordResponse(
                record.distance().label(), record.time(), record.projected(), RunResponse.in(record.run(), unit));
    }
}

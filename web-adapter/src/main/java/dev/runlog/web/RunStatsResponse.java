package dev.runlog.web;

import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.RunStats;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.List;

/**
 * A user's running summed up:
 * {@code {"runs", "totalMiles", "averageMiles", "longestMiles", "bestPace", "moods": [{"mood", "runs"}]}}.
 * Average, longest and best pace are null when there is nothing to compute them from; a mood of
 * null counts the runs logged without one.
 */
public record RunStatsResponse(
        @Schema(example = "3") long runs,
        @Schema(example = "18.0") double totalMiles,

        @Schema(
                description = "Null for a user without runs",
                types = {"number", "null"},
                example = "6.0")
        Double averageMiles,

        @Schema(
                description = "Null for a user without runs",
                types = {"number", "null"},
                example = "10.0")
        Double longestMiles,

        @Schema(
                description = "Fastest time per mile among runs with a duration; null if none has one",
                types = {"string", "null"},
                format = "duration",
                example = "PT5M")
        Duration bestPace,

        @Schema(description = "Runs per mood, most frequent first")
        List<MoodCountResponse> moods) {

    /** How many runs with one mood. */
    public record MoodCountResponse(
            @Schema(
                    description = "Null for the runs logged without a mood",
                    types = {"string", "null"},
                    example = "Happy")
            String mood,

            @Schema(example = "2") long runs) {}

    static RunStatsResponse from(RunStats stats) {
        return new RunStatsResponse(
                stats.runs(),
                stats.totalMiles(),
                stats.averageMiles().orElse(null),
                stats.longestMiles().orElse(null),
                stats.bestPace().map(pace -> pace.perMile()).orElse(null),
                stats.moods().stream()
                        .map(count -> new MoodCountResponse(
                                count.mood().map(Mood::value).orElse(null), count.runs()))
                        .toList());
    }
}

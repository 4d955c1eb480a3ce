package dev.runlog.web;

import dev.runlog.domain.model.Mood;
import dev.runlog.domain.model.RunStats;

import java.time.Duration;
import java.util.List;

/**
 * A user's running summed up:
 * {@code {"runs", "totalMiles", "averageMiles", "longestMiles", "bestPace", "moods": [{"mood", "runs"}]}}.
 * Average, longest and best pace are null when there is nothing to compute them from; a mood of
 * null counts the runs logged without one.
 */
public record RunStatsResponse(long runs, double totalMiles, Double averageMiles, Double longestMiles,
                               Duration bestPace, List<MoodCountResponse> moods) {

    /** How many runs with one mood. */
    public record MoodCountResponse(String mood, long runs) {
    }

    static RunStatsResponse from(RunStats stats) {
        return new RunStatsResponse(stats.runs(), stats.totalMiles(), stats.averageMiles().orElse(null),
                stats.longestMiles().orElse(null), stats.bestPace().map(pace -> pace.perMile()).orElse(null),
                stats.moods().stream()
                        .map(count -> new MoodCountResponse(count.mood().map(Mood::value).orElse(null), count.runs()))
                        .toList());
    }
}

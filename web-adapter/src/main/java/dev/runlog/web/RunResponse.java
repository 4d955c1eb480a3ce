package dev.runlog.web;

import dev.runlog.domain.model.Mood;
import dev.runlog.domain.model.Run;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A run as JSON: {@code {"id", "distance", "mood", "date", "duration", "pace", "userId"}}. Mood,
 * date, duration and pace are null when unknown; date is ISO-8601 ({@code 2026-11-24}), duration
 * and pace (time per mile) are ISO-8601 durations ({@code PT25M30S}, {@code PT4M54S}).
 */
public record RunResponse(long id, double distance, String mood, LocalDate date, Duration duration, Duration pace,
                          long userId) {

    static RunResponse from(Run run) {
        return new RunResponse(run.id().value(), run.distance().miles(), run.mood().map(Mood::value).orElse(null),
                run.date().orElse(null), run.duration().map(known -> known.value()).orElse(null),
                run.pace().map(pace -> pace.perMile()).orElse(null), run.userId().value());
    }
}

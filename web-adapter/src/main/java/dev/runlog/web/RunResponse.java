package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunStart;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A run as JSON: {@code {"id", "distance", "unit", "mood", "date", "start", "zone", "duration",
 * "pace", "userId"}}. Distance and pace (time per mile or kilometre) are in {@code unit}: the one
 * the run was logged in, unless the request asked for another. Mood, date, start, zone, duration
 * and pace are null when unknown; date is ISO-8601 ({@code 2026-11-24}), start an ISO-8601
 * date-time ({@code 2026-11-24T07:30:00+01:00}), duration and pace ISO-8601 durations
 * ({@code PT52M}, {@code PT5M12S}).
 */
public record RunResponse(
        @Schema(example = "1") long id,

        @Schema(description = "In unit", example = "10.0") double distance,

        @Schema(
                description = "The unit of distance and pace: the one the run was logged in, unless the request's "
                        + "unit parameter asked for another",
                allowableValues = {"mi", "km"},
                example = "km")
        String unit,

        @Schema(
                description = "Null when none was given",
                types = {"string", "null"},
                example = "Happy")
        String mood,

        @Schema(
                description = "The local date of the start; null for runs logged before Runlog kept dates",
                types = {"string", "null"},
                format = "date",
                example = "2026-11-24")
        LocalDate date,

        @Schema(
                description = "When the run started, as the runner's clock showed it: an ISO-8601 date-time with "
                        + "the clock's offset from UTC then, or without one for a start stored without an offset; "
                        + "null when none was given",
                types = {"string", "null"},
                pattern = START_PATTERN,
                example = "2026-11-24T07:30:00+01:00")
        String start,

        @Schema(
                description = "The IANA time zone the start was given in; null when none was named",
                types = {"string", "null"},
                example = "Europe/Paris")
        String zone,

        @Schema(
                description = "Null when none was given",
                types = {"string", "null"},
                format = "duration",
                example = "PT52M")
        Duration duration,

        @Schema(
                description = "Time per unit; null unless the duration is known and the distance above 0",
                types = {"string", "null"},
                format = "duration",
                example = "PT5M12S")
        Duration pace,

        @Schema(example = "1") long userId) {

    /**
     * A start as {@link #start} writes it: "date-time" would promise an offset, which a start stored
     * without one lacks, so the shape is said by a pattern (an offset may have seconds, as zones did
     * before 1900).
     */
    static final String START_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)?$";

    /** The run in the unit it was logged in. */
    static RunResponse from(Run run) {
        return in(run, run.unit());
    }

    /** The run in the unit the request asked for, else in the one it was logged in. */
    static RunResponse from(Run run, Optional<DistanceUnit> asked) {
        return in(run, asked.orElse(run.unit()));
    }

    static RunResponse in(Run run, DistanceUnit unit) {
        return new RunResponse(
                run.id().value(),
                run.distance().in(unit),
                unit.symbol(),
                run.mood().map(Mood::value).orElse(null),
                run.date().orElse(null),
                run.start().map(RunResponse::startOf).orElse(null),
                run.start().flatMap(RunStart::zone).map(ZoneId::getId).orElse(null),
                run.duration().map(known -> known.value()).orElse(null),
                run.pace().map(pace -> pace.per(unit)).orElse(null),
                run.userId().value());
    }

    /** To the second, with the offset when it is known: {@code 2026-11-24T07:30:00+01:00}. */
    private static String startOf(RunStart start) {
        return start.withOffset()
                .map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format)
                .orElseGet(() -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(start.local()));
    }
}

package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.FieldChecks;
import dev.runlog.domain.model.shared.InvalidValueException;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * How a runner reads their log: the unit their summaries and records are in, the time zone that
 * "today" and a start time without an offset are in, and the day their weeks start on.
 *
 * @param unit         miles unless they chose kilometres
 * @param timeZone     UTC unless they chose another
 * @param weekStartsOn Monday unless they chose Sunday
 */
public record RunnerPreferences(DistanceUnit unit, ZoneId timeZone, DayOfWeek weekStartsOn) {

    /** A runner's preferences until they choose: miles, UTC, weeks from Monday. */
    public static final RunnerPreferences DEFAULT =
            new RunnerPreferences(DistanceUnit.MILES, ZoneOffset.UTC, DayOfWeek.MONDAY);

    public RunnerPreferences {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(weekStartsOn, "weekStartsOn");
    }

    /**
     * Preferences a client sent, checked; a field left out (null) takes its default:
     * {@code unit} {@code mi} or {@code km}, {@code timeZone} an IANA zone, {@code weekStartsOn}
     * {@code monday} or {@code sunday}.
     */
    public static RunnerPreferences of(String unit, String timeZone, String weekStartsOn) {
        FieldChecks checks = new FieldChecks();
        DistanceUnit checkedUnit = checks.check(() -> unit == null ? DEFAULT.unit() : DistanceUnit.parse("unit", unit));
        ZoneId checkedZone =
                checks.check(() -> timeZone == null ? DEFAULT.timeZone() : RunStart.zoneOf("timeZone", timeZone));
        DayOfWeek checkedWeekStart =
                checks.check(() -> weekStartsOn == null ? DEFAULT.weekStartsOn() : weekStart(weekStartsOn));
        checks.throwIfAnyFailed();
        return new RunnerPreferences(checkedUnit, checkedZone, checkedWeekStart);
    }

    /** The day a week starts on, as clients write it: {@code monday} or {@code sunday}. */
    public static String nameOf(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    /** A time zone as clients read it: its IANA id, an offset such as {@code +05:30}, or {@code UTC}. */
    public static String nameOf(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static DayOfWeek weekStart(String text) {
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.SUNDAY}) {
            if (nameOf(day).equals(text)) {
                return day;
            }
        }
        throw new InvalidValueException("weekStartsOn", "weekStartsOn must be \"monday\" or \"sunday\".");
    }
}

package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.run.RunnerPreferences;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A runner's preferences, as the {@code user} table's columns hold them. Filled by MyBatis by
 * reflection; read as stored, whatever stored it.
 */
public class PreferencesRow {

    /**
     * How the {@code time_zone} column names UTC, as its default does and as
     * {@link RunnerPreferences#nameOf(ZoneId)} writes it. {@link RunnerPreferences#DEFAULT}'s zone is
     * {@link ZoneOffset#UTC}, whose own id is {@code Z}: this name is read back as it, so a runner
     * who chose nothing, and one who chose UTC, read back the defaults, equal.
     */
    static final String UTC = "UTC";

    private String distanceUnit;
    private String timeZone;
    private String weekStartsOn;

    /**
     * For MyBatis. Public on purpose: MyBatis first calls a constructor without making it
     * accessible, and a private one throws (and MyBatis catches) an exception for every row
     * read, a measured 7% of the time to read a user with 1,000 runs (docs/benchmarks.md).
     */
    public PreferencesRow() {}

    /** The row that stores these preferences. */
    public static PreferencesRow of(RunnerPreferences preferences) {
        PreferencesRow row = new PreferencesRow();
        row.distanceUnit = preferences.unit().symbol();
        row.timeZone = RunnerPreferences.nameOf(preferences.timeZone());
        row.weekStartsOn = RunnerPreferences.nameOf(preferences.weekStartsOn());
        return row;
    }

    /**
     * The preferences as stored; each value another app wrote that Runlog cannot read is the
     * default's: miles, UTC, weeks from Monday.
     */
    public RunnerPreferences toPreferences() {
        RunnerPreferences defaults = RunnerPreferences.DEFAULT;
        ZoneId zone = UTC.equals(timeZone)
                ? ZoneOffset.UTC
                : StoredValues.zoneOf(timeZone).orElse(defaults.timeZone());
        DayOfWeek weekStart = RunnerPreferences.nameOf(DayOfWeek.SUNDAY).equals(weekStartsOn)
                ? DayOfWeek.SUNDAY
                : defaults.weekStartsOn();
        return new RunnerPreferences(StoredValues.unitOf(distanceUnit), zone, weekStart);
    }
}

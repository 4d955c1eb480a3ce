package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunStart;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.UserId;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A row of the {@code run} table, as MyBatis fills it (fields set by reflection, no setters, or
 * all at once by the constructor where a resultMap says so), turned into domain values at the
 * edge of the adapter.
 */
public class RunRow {

    private Long id;
    private Long userId;
    private double distance;
    private String mood;
    private LocalDate date;
    private Long durationSeconds;
    private long version;
    /** The symbol of the unit the distance was entered in; null only where a statement leaves it out. */
    private String distanceUnit;
    /** The start on the runner's clock; its offset and zone mean nothing without it. */
    private LocalDateTime startLocal;

    private Integer startOffsetSeconds;
    private String startZone;
    /** Filled only by the statement that joins the run's user. */
    private UserRow user;

    /**
     * For MyBatis. Public on purpose: MyBatis first calls a constructor without making it
     * accessible, and a private one throws (and MyBatis catches) an exception for every row
     * read, a measured 7% of the time to read a user with 1,000 runs (docs/benchmarks.md).
     */
    public RunRow() {}

    /**
     * For a resultMap that maps the run's columns by {@code <constructor>}, in this order: the
     * runs a user's {@code <collection>} reads (RunMapper.xml's runAsRunPrefixed), many per read.
     */
    public RunRow(
            Long id,
            Long userId,
            double distance,
            String mood,
            LocalDate date,
            Long durationSeconds,
            long version,
            String distanceUnit,
            LocalDateTime startLocal,
            Integer startOffsetSeconds,
            String startZone) {
        this.id = id;
        this.userId = userId;
        this.distance = distance;
        this.mood = mood;
        this.date = date;
        this.durationSeconds = durationSeconds;
        this.version = version;
        this.distanceUnit = distanceUnit;
        this.startLocal = startLocal;
        this.startOffsetSeconds = startOffsetSeconds;
        this.startZone = startZone;
    }

    /** A row to insert; MyBatis sets its id from the generated key. */
    public static RunRow toInsert(UserId userId, RunDetails details) {
        RunRow row = new RunRow().withDetails(details);
        row.userId = userId.value();
        return row;
    }

    /** A row to update the stored run of this id; its user does not change. */
    public static RunRow toUpdate(RunId id, RunDetails details) {
        RunRow row = new RunRow().withDetails(details);
        row.id = id.value();
        return row;
    }

    /** This row, inserted with the id it was given. */
    public RunRow withId(long generatedId) {
        id = generatedId;
        return this;
    }

    private RunRow withDetails(RunDetails details) {
        distance = details.distance().miles();
        mood = details.mood().map(Mood::value).orElse(null);
        date = details.date().orElse(null);
        durationSeconds = details.duration()
                .map(duration -> duration.value().getSeconds())
                .orElse(null);
        distanceUnit = details.unit().symbol();
        Optional<RunStart> start = details.start();
        startLocal = start.map(RunStart::local).orElse(null);
        startOffsetSeconds =
                start.flatMap(RunStart::offset).map(ZoneOffset::getTotalSeconds).orElse(null);
        // The zone's own id: ZoneId.of reads it back as the same zone, an offset (+05:30, Z) as a ZoneOffset.
        startZone = start.flatMap(RunStart::zone).map(ZoneId::getId).orElse(null);
        return this;
    }

    public Run toRun() {
        RunDetails details = new RunDetails(
                new Distance(distance),
                Mood.stored(mood),
                Optional.ofNullable(date),
                Optional.ofNullable(durationSeconds).map(RunDuration::ofSeconds),
                StoredValues.unitOf(distanceUnit),
                start());
        return new Run(new RunId(id), new UserId(userId), details, new Version(version));
    }

    /**
     * The start as stored, whatever stored it: without a local time there is none; an offset
     * ZoneOffset cannot hold, or a zone Java does not know, reads as not given, so a start keeps
     * what can be read of it (without an offset, it is in the runner's zone).
     */
    private Optional<RunStart> start() {
        if (startLocal == null) {
            return Optional.empty();
        }
        return Optional.of(new RunStart(startLocal, offset(), StoredValues.zoneOf(startZone)));
    }

    private Optional<ZoneOffset> offset() {
        if (startOffsetSeconds == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneOffset.ofTotalSeconds(startOffsetSeconds));
        } catch (DateTimeException beyondEighteenHours) {
            return Optional.empty();
        }
    }

    public RunWithUser toRunWithUser() {
        return new RunWithUser(toRun(), user.toUser());
    }
}

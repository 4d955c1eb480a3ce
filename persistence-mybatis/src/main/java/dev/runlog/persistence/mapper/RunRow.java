package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.Distance;
import dev.runlog.domain.model.Mood;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.UserId;

/**
 * A row of the {@code run} table, as MyBatis fills it (fields set by reflection, no setters),
 * turned into domain values at the edge of the adapter.
 */
public class RunRow {

    private Long id;
    private Long userId;
    private double distance;
    private String mood;
    /** Filled only by the statement that joins the run's user. */
    private UserRow user;

    private RunRow() {
        // for MyBatis
    }

    /** A row to insert; MyBatis sets its id from the generated key. */
    public static RunRow toInsert(UserId userId, RunDetails details) {
        RunRow row = new RunRow();
        row.userId = userId.value();
        row.distance = details.distance().miles();
        row.mood = details.mood().map(Mood::value).orElse(null);
        return row;
    }

    /** A row to update the stored run of the same id. */
    public static RunRow toUpdate(Run run) {
        RunRow row = toInsert(run.userId(), new RunDetails(run.distance(), run.mood()));
        row.id = run.id().value();
        return row;
    }

    public Run toRun() {
        return new Run(new RunId(id), new UserId(userId), new Distance(distance), Mood.optional(mood));
    }

    public RunWithUser toRunWithUser() {
        return new RunWithUser(toRun(), user.toUser());
    }
}

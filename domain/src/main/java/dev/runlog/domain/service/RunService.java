package dev.runlog.domain.service;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunNotFoundException;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.RunTally;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.DeleteRunCommand;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.GetRunStatsUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.ImportRunsCommand;
import dev.runlog.domain.port.in.ImportRunsUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.UpdateRunCommand;
import dev.runlog.domain.port.in.UpdateRunUseCase;
import dev.runlog.domain.port.out.PreferencesRepository;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The run use cases. The rules on a run's values, and the stats, live in the model; who may reach
 * a run is {@link Caller#mayAccess} of its runner; "today", for runs logged without a date, is
 * the clock's date in the runner's time zone.
 */
public class RunService
        implements LogRunUseCase,
                ImportRunsUseCase,
                GetRunUseCase,
                ListRunsUseCase,
                UpdateRunUseCase,
                DeleteRunUseCase,
                GetRunStatsUseCase {

    private final RunRepository runs;
    private final UserRepository users;
    private final PreferencesRepository preferences;
    private final Clock clock;

    public RunService(RunRepository runs, UserRepository users, PreferencesRepository preferences, Clock clock) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.users = Objects.requireNonNull(users, "users");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Run log(LogRunCommand command) {
        Access.requireAccessToUser(command.caller(), command.user());
        // No separate existence check: the repository reports a missing user (in MariaDB, the
        // foreign key does), which saves a round trip and cannot race with a delete.
        return runs.add(command.user(), completed(command.details(), command.user()));
    }

    @Override
    public List<Run> importRuns(ImportRunsCommand command) {
        Access.requireAccessToUser(command.caller(), command.user());
        RunBatch batch = command.runs();
        if (batch.needsRunnersZone()) {
            batch = batch.completedIn(zoneOf(command.user()), clock);
        }
        return runs.addAll(command.user(), batch.runs());
    }

    @Override
    public RunWithUser get(Caller caller, RunId id) {
        return runs.findWithUserById(id)
                .filter(found -> caller.mayAccess(found.user().id()))
                .orElseThrow(() -> new RunNotFoundException(id));
    }

    @Override
    public Page<Run> listAll(Caller caller, RunFilter filter, PageRequest page) {
        return caller.isAdmin() ? runs.findPage(filter, page) : runs.findPageByUser(caller.user(), filter, page);
    }

    @Override
    public Page<Run> listForUser(Caller caller, UserId userId, RunFilter filter, PageRequest page) {
        Access.requireAccessToUser(caller, userId);
        Page<Run> result = runs.findPageByUser(userId, filter, page);
        // An empty page may mean "no such user": only then is it worth asking.
        if (result.items().isEmpty() && !users.exists(userId)) {
            throw new UserNotFoundException(userId);
        }
        return result;
    }

    @Override
    public Run update(UpdateRunCommand command) {
        requireAccess(command.caller(), command.run());
        RunDetails details = command.details();
        if (details.needsRunnersZone()) {
            UserId runner = runs.ownerOf(command.run()).orElseThrow(() -> new RunNotFoundException(command.run()));
            details = details.completedIn(zoneOf(runner), clock);
        }
        return runs.update(command.run(), details, command.expected())
                .orElseThrow(() -> new RunNotFoundException(command.run()));
    }

    @Override
    public void delete(DeleteRunCommand command) {
        requireAccess(command.caller(), command.run());
        if (!runs.remove(command.run(), command.expected())) {
            throw new RunNotFoundException(command.run());
        }
    }

    @Override
    public RunStats statsOf(Caller caller, UserId userId) {
        Access.requireAccessToUser(caller, userId);
        List<RunTally> tallies = runs.talliesOfUser(userId).orElseThrow(() -> new UserNotFoundException(userId));
        return RunStats.fromTallies(tallies);
    }

    /**
     * A runner may change only their own runs; another runner's run is reported as missing. An
     * admin's change needs no look-up: the change itself tells whether the run exists.
     */
    private void requireAccess(Caller caller, RunId run) {
        if (!caller.isAdmin() && runs.ownerOf(run).filter(caller::mayAccess).isEmpty()) {
            throw new RunNotFoundException(run);
        }
    }

    /**
     * Details completed where the runner is: dated today in their zone if undated, a start
     * without an offset placed in their zone. Their preferences are read only when needed.
     */
    private RunDetails completed(RunDetails details, UserId runner) {
        return details.needsRunnersZone() ? details.completedIn(zoneOf(runner), clock) : details;
    }

    /** The runner's zone; for a user who does not exist, the default (the store then refuses the run). */
    private ZoneId zoneOf(UserId runner) {
        return preferences.findByUser(runner).orElse(RunnerPreferences.DEFAULT).timeZone();
    }
}

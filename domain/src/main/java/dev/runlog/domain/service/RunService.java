package dev.runlog.domain.service;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunBatch;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunFilter;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunNotFoundException;
import dev.runlog.domain.model.RunStats;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.model.Version;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.GetRunStatsUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.ImportRunsUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.UpdateRunUseCase;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run use cases. The rules on a run's values live in the model; "today", for runs logged
 * without a date, comes from the clock this service is given.
 */
public class RunService implements LogRunUseCase, ImportRunsUseCase, GetRunUseCase, ListRunsUseCase, UpdateRunUseCase,
        DeleteRunUseCase, GetRunStatsUseCase {

    private final RunRepository runs;
    private final UserRepository users;
    private final Clock clock;

    public RunService(RunRepository runs, UserRepository users, Clock clock) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Run log(UserId userId, RunDetails details) {
        // No separate existence check: the repository reports a missing user (in MariaDB, the
        // foreign key does), which saves a round trip and cannot race with a delete.
        return runs.add(userId, details.datedIfUndated(today()));
    }

    @Override
    public List<Run> importRuns(UserId userId, RunBatch batch) {
        return runs.addAll(userId, batch.datedIfUndated(today()).runs());
    }

    @Override
    public RunWithUser get(RunId id) {
        return runs.findWithUserById(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    @Override
    public Page<Run> listAll(RunFilter filter, PageRequest page) {
        return runs.findPage(filter, page);
    }

    @Override
    public Page<Run> listForUser(UserId userId, RunFilter filter, PageRequest page) {
        Page<Run> result = runs.findPageByUser(userId, filter, page);
        // An empty page may mean "no such user": only then is it worth asking.
        if (result.items().isEmpty() && !users.exists(userId)) {
            throw new UserNotFoundException(userId);
        }
        return result;
    }

    @Override
    public Run update(RunId id, RunDetails details, Optional<Version> expected) {
        return runs.update(id, details.datedIfUndated(today()), expected).orElseThrow(() -> new RunNotFoundException(id));
    }

    @Override
    public void delete(RunId id, Optional<Version> expected) {
        if (!runs.remove(id, expected)) {
            throw new RunNotFoundException(id);
        }
    }

    @Override
    public RunStats statsOf(UserId userId) {
        return runs.statsOfUser(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

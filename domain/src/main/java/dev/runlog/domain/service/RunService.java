package dev.runlog.domain.service;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunNotFoundException;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.UpdateRunUseCase;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;

import java.util.Objects;

/** The run use cases. The rules on a run's values live in the model. */
public class RunService implements LogRunUseCase, GetRunUseCase, ListRunsUseCase, UpdateRunUseCase,
        DeleteRunUseCase {

    private final RunRepository runs;
    private final UserRepository users;

    public RunService(RunRepository runs, UserRepository users) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public Run log(UserId userId, RunDetails details) {
        // No separate existence check: the repository reports a missing user (in MariaDB, the
        // foreign key does), which saves a round trip and cannot race with a delete.
        return runs.add(userId, details);
    }

    @Override
    public RunWithUser get(RunId id) {
        return runs.findWithUserById(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    @Override
    public Page<Run> listAll(PageRequest page) {
        return runs.findPage(page);
    }

    @Override
    public Page<Run> listForUser(UserId userId, PageRequest page) {
        Page<Run> result = runs.findPageByUser(userId, page);
        // An empty page may mean "no such user": only then is it worth asking.
        if (result.items().isEmpty() && !users.exists(userId)) {
            throw new UserNotFoundException(userId);
        }
        return result;
    }

    @Override
    public Run update(RunId id, RunDetails details) {
        Run updated = runs.findById(id)
                .orElseThrow(() -> new RunNotFoundException(id))
                .withDetails(details);
        if (!runs.update(updated)) {
            throw new RunNotFoundException(id); // deleted since it was read
        }
        return updated;
    }

    @Override
    public void delete(RunId id) {
        if (!runs.remove(id)) {
            throw new RunNotFoundException(id);
        }
    }
}

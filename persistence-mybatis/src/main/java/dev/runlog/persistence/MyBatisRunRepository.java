package dev.runlog.persistence;

import dev.runlog.domain.model.Mood;
import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunFilter;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunStats;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.model.Version;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.RunRow;
import dev.runlog.persistence.mapper.StatsRow;

import java.util.Objects;
import java.util.Optional;

/** The {@link RunRepository} port on MariaDB, through the MyBatis {@link RunMapper}. */
public class MyBatisRunRepository implements RunRepository {

    private final RunMapper mapper;

    public MyBatisRunRepository(RunMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public Run add(UserId userId, RunDetails details) {
        RunRow row = RunRow.toInsert(userId, details);
        try {
            mapper.insert(row);
        } catch (RuntimeException e) {
            // The foreign key checks that the user exists, atomically with the insert.
            throw SqlErrors.isCausedBy(e, SqlErrors.NO_REFERENCED_ROW) ? new UserNotFoundException(userId) : e;
        }
        return row.toRun();
    }

    @Override
    public Optional<Run> findById(RunId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(RunRow::toRun);
    }

    @Override
    public Optional<RunWithUser> findWithUserById(RunId id) {
        return Optional.ofNullable(mapper.findWithUserById(id.value())).map(RunRow::toRunWithUser);
    }

    @Override
    public Page<Run> findPage(RunFilter filter, PageRequest page) {
        return findPage(null, filter, page);
    }

    @Override
    public Page<Run> findPageByUser(UserId userId, RunFilter filter, PageRequest page) {
        return findPage(userId.value(), filter, page);
    }

    @Override
    public Optional<Run> update(RunId id, RunDetails details, Optional<Version> expected) {
        int updated = mapper.update(RunRow.toUpdate(id, details), OptimisticLocking.expectedValue(expected));
        // MariaDB's UPDATE cannot return the new row, so it is read back (in the same transaction).
        return OptimisticLocking.afterUpdate(updated, findById(id), expected);
    }

    @Override
    public boolean remove(RunId id, Optional<Version> expected) {
        int deleted = mapper.delete(id.value(), OptimisticLocking.expectedValue(expected));
        return OptimisticLocking.afterDelete(deleted, deleted == 0 && findById(id).isPresent(), expected);
    }

    @Override
    public Optional<RunStats> statsOfUser(UserId userId) {
        return StatsRow.toStats(mapper.statsOfUser(userId.value()));
    }

    private Page<Run> findPage(Long userId, RunFilter filter, PageRequest page) {
        var rows = mapper.findPage(userId, page.after(), page.fetchSize(), filter.from().orElse(null),
                filter.to().orElse(null), filter.mood().map(Mood::value).orElse(null));
        return Page.fromFetched(rows.stream().map(RunRow::toRun).toList(), page);
    }
}

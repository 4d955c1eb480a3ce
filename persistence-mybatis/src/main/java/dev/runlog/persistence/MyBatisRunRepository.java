package dev.runlog.persistence;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.RunRow;

import java.util.List;
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
    public Page<Run> findPage(PageRequest page) {
        return toPage(mapper.findPage(page.after(), page.fetchSize()), page);
    }

    @Override
    public Page<Run> findPageByUser(UserId userId, PageRequest page) {
        return toPage(mapper.findPageByUser(userId.value(), page.after(), page.fetchSize()), page);
    }

    @Override
    public boolean update(Run run) {
        return mapper.update(RunRow.toUpdate(run)) > 0;
    }

    @Override
    public boolean remove(RunId id) {
        return mapper.delete(id.value()) > 0;
    }

    private static Page<Run> toPage(List<RunRow> rows, PageRequest page) {
        return Page.fromFetched(rows.stream().map(RunRow::toRun).toList(), page);
    }
}

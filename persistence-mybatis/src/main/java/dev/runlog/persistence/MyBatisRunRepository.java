package dev.runlog.persistence;

import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunTally;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.run.StandardDistance;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.persistence.mapper.DayTallyRow;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.RunRow;
import dev.runlog.persistence.mapper.TallyRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The {@link RunRepository} port on MariaDB, through the MyBatis {@link RunMapper}. An
 * unreachable database is reported as the domain's StoreUnavailableException ({@link StoreOutages}).
 */
public class MyBatisRunRepository implements RunRepository {

    /**
     * Rows per multi-row insert: 7,000 parameters, far under the 65,535 a prepared statement may
     * have, and about 100 KB of SQL.
     */
    static final int ROWS_PER_INSERT = 1_000;

    /**
     * The shortest runs, in miles, that each pace record counts: the domain's, passed to the SQL so
     * that it picks the fastest run from the same distances as {@link PersonalRecords#of}.
     */
    private static final List<Double> PACE_RECORDS_FROM = Stream.concat(
                    Stream.of(PersonalRecords.BEST_PACE_FROM),
                    Stream.of(StandardDistance.values()).map(StandardDistance::distance))
            .map(Distance::miles)
            .toList();

    private final RunMapper mapper;

    public MyBatisRunRepository(RunMapper mapper) {
        this.mapper = StoreOutages.reportedBy(RunMapper.class, Objects.requireNonNull(mapper, "mapper"));
    }

    @Override
    public Run add(UserId userId, RunDetails details) {
        RunRow row = RunRow.toInsert(userId, details);
        insertingFor(userId, () -> mapper.insert(row));
        return row.toRun();
    }

    @Override
    public List<Run> addAll(UserId userId, List<RunDetails> details) {
        List<RunRow> rows =
                details.stream().map(run -> RunRow.toInsert(userId, run)).toList();
        List<Run> added = new ArrayList<>(rows.size());
        for (int start = 0; start < rows.size(); start += ROWS_PER_INSERT) {
            List<RunRow> chunk = rows.subList(start, Math.min(start + ROWS_PER_INSERT, rows.size()));
            List<Long> ids = insertingFor(userId, () -> mapper.insertAll(chunk));
            for (int i = 0; i < chunk.size(); i++) {
                added.add(chunk.get(i).withId(ids.get(i)).toRun());
            }
        }
        return added;
    }

    /** Runs an insert of the user's runs; the foreign key checks that the user exists, atomically with it. */
    private <T> T insertingFor(UserId userId, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (RuntimeException e) {
            throw SqlErrors.isCausedBy(e, SqlErrors.NO_REFERENCED_ROW) ? new UserNotFoundException(userId) : e;
        }
    }

    @Override
    public Optional<RunWithUser> findWithUserById(RunId id) {
        return Optional.ofNullable(mapper.findWithUserById(id.value())).map(RunRow::toRunWithUser);
    }

    @Override
    public Optional<UserId> ownerOf(RunId id) {
        return Optional.ofNullable(mapper.ownerOf(id.value())).map(UserId::new);
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
    public Optional<Run> update(RunId id, RunDetails details, ExpectedVersion expected) {
        int updated = mapper.update(RunRow.toUpdate(id, details), OptimisticLocking.expectedValue(expected));
        // MariaDB's UPDATE cannot return the new row, so it is read back (in the same transaction).
        return OptimisticLocking.afterUpdate(updated, findById(id), Run::version, expected);
    }

    @Override
    public boolean remove(RunId id, ExpectedVersion expected) {
        int deleted = mapper.delete(id.value(), OptimisticLocking.expectedValue(expected));
        return OptimisticLocking.afterDelete(deleted, () -> findById(id), Run::version, expected);
    }

    @Override
    public Optional<List<RunTally>> talliesOfUser(UserId userId) {
        return TallyRow.toTallies(mapper.talliesOfUser(userId.value()));
    }

    @Override
    public List<DayTally> dayTallies(UserId userId, LocalDate first, LocalDate last) {
        return DayTallyRow.toTallies(mapper.dayTallies(userId.value(), first, last));
    }

    @Override
    public List<Run> recordCandidates(UserId userId) {
        return mapper.recordCandidates(userId.value(), PACE_RECORDS_FROM).stream()
                .map(RunRow::toRun)
                .toList();
    }

    private Optional<Run> findById(RunId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(RunRow::toRun);
    }

    private Page<Run> findPage(Long userId, RunFilter filter, PageRequest page) {
        var rows = mapper.findPage(
                userId,
                page.after(),
                page.fetchSize(),
                filter.from().orElse(null),
                filter.to().orElse(null),
                filter.mood().map(Mood::caseless).orElse(null));
        return Page.fromFetched(rows.stream().map(RunRow::toRun).toList(), page);
    }
}

package dev.runlog.persistence;

import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.out.UserRepository;
import dev.runlog.persistence.mapper.UserMapper;
import dev.runlog.persistence.mapper.UserRow;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@link UserRepository} port on MariaDB, through the MyBatis {@link UserMapper}. An
 * unreachable database is reported as the domain's StoreUnavailableException ({@link StoreOutages}).
 */
public class MyBatisUserRepository implements UserRepository {

    private final UserMapper mapper;

    public MyBatisUserRepository(UserMapper mapper) {
        this.mapper = StoreOutages.reportedBy(UserMapper.class, Objects.requireNonNull(mapper, "mapper"));
    }

    @Override
    public User add(UserDetails details) {
        UserRow row = UserRow.toInsert(details);
        try {
            mapper.insert(row);
        } catch (RuntimeException e) {
            throw emailTakenOr(e, details.email());
        }
        return row.toUser();
    }

    @Override
    public Optional<UserWithRuns> findWithRunsById(UserId id) {
        return Optional.ofNullable(mapper.findWithRunsById(id.value())).map(UserRow::toUserWithRuns);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(UserRow::toUser);
    }

    @Override
    public boolean exists(UserId id) {
        return mapper.exists(id.value());
    }

    @Override
    public Page<User> findPage(PageRequest page) {
        var rows = mapper.findPage(page.after(), page.fetchSize());
        return Page.fromFetched(rows.stream().map(UserRow::toUser).toList(), page);
    }

    @Override
    public Optional<User> update(UserId id, UserDetails details, ExpectedVersion expected) {
        int updated;
        try {
            updated = mapper.update(UserRow.toUpdate(id, details), OptimisticLocking.expectedValue(expected));
        } catch (RuntimeException e) {
            throw emailTakenOr(e, details.email());
        }
        // MariaDB's UPDATE cannot return the new row, so it is read back (in the same transaction).
        return OptimisticLocking.afterUpdate(updated, findById(id), User::version, expected);
    }

    @Override
    public boolean remove(UserId id, ExpectedVersion expected) {
        int deleted = mapper.delete(id.value(), OptimisticLocking.expectedValue(expected));
        return OptimisticLocking.afterDelete(deleted, () -> findById(id), User::version, expected);
    }

    /** The email's unique index is the only unique key a write can break besides the id. */
    private static RuntimeException emailTakenOr(RuntimeException e, Email email) {
        return SqlErrors.isCausedBy(e, SqlErrors.DUPLICATE_KEY) ? new EmailAlreadyTakenException(email) : e;
    }
}

package dev.runlog.domain.port.out;

import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;

import java.util.Optional;

/**
 * Where users are kept. Implemented by a persistence adapter; the domain only sees this port.
 */
public interface UserRepository {

    /**
     * Stores a new user, at the initial version, and gives it an id.
     *
     * @throws EmailAlreadyTakenException if a stored user has the email, ignoring case
     */
    User add(UserDetails details);

    /** The user with this id and all of their runs ordered by id, read together. */
    Optional<UserWithRuns> findWithRunsById(UserId id);

    /** The user with this id, without runs. */
    Optional<User> findById(UserId id);

    /** Whether a user has this id. */
    boolean exists(UserId id);

    /** A page of users, without runs. */
    Page<User> findPage(PageRequest page);

    /**
     * Replaces the stored details of the user with this id and counts its version up, if it is
     * at the expected version.
     *
     * @return the user as now stored; empty if no user has this id
     * @throws StaleVersionException      if the user is at another version than expected
     * @throws EmailAlreadyTakenException if another stored user has the email, ignoring case
     */
    Optional<User> update(UserId id, UserDetails details, ExpectedVersion expected);

    /**
     * Removes the user with this id and all of their runs, if it is at the
     * expected version.
     *
     * @return false if no user has this id
     * @throws StaleVersionException if the user is at another version than expected
     */
    boolean remove(UserId id, ExpectedVersion expected);
}

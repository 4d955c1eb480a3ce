package dev.runlog.domain.port.out;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;

import java.util.Optional;

/**
 * Where runs are kept. Implemented by a persistence adapter; the domain only sees this port.
 */
public interface RunRepository {

    /**
     * Stores a new run for a user and gives it an id.
     *
     * @throws UserNotFoundException if no user has {@code userId}
     */
    Run add(UserId userId, RunDetails details);

    /** The run with this id. */
    Optional<Run> findById(RunId id);

    /** The run with this id and the user who ran it, read together. */
    Optional<RunWithUser> findWithUserById(RunId id);

    /** A page of all users' runs. */
    Page<Run> findPage(PageRequest page);

    /** A page of one user's runs; empty if the user has none or does not exist. */
    Page<Run> findPageByUser(UserId userId, PageRequest page);

    /**
     * Replaces the stored distance and mood of {@code run}.
     *
     * @return false if no run has its id
     */
    boolean update(Run run);

    /**
     * Removes the run with this id.
     *
     * @return false if no run has this id
     */
    boolean remove(RunId id);
}

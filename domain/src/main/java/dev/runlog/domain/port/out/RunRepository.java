package dev.runlog.domain.port.out;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunFilter;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunStats;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.StaleVersionException;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.model.Version;

import java.util.List;
import java.util.Optional;

/**
 * Where runs are kept. Implemented by a persistence adapter; the domain only sees this port.
 */
public interface RunRepository {

    /**
     * Stores a new run for a user, at the initial version, and gives it an id.
     *
     * @throws UserNotFoundException if no user has {@code userId}
     */
    Run add(UserId userId, RunDetails details);

    /**
     * Stores new runs for a user, as {@link #add} does each, but in as few round trips as the
     * store allows. All or none are stored when the caller runs this in one transaction.
     *
     * @return the new runs, with their ids, in the order given
     * @throws UserNotFoundException if no user has {@code userId}
     */
    List<Run> addAll(UserId userId, List<RunDetails> details);

    /** The run with this id. */
    Optional<Run> findById(RunId id);

    /** The run with this id and the user who ran it, read together. */
    Optional<RunWithUser> findWithUserById(RunId id);

    /** A page of all users' runs that the filter shows. */
    Page<Run> findPage(RunFilter filter, PageRequest page);

    /** A page of one user's runs that the filter shows; empty if the user has none or does not exist. */
    Page<Run> findPageByUser(UserId userId, RunFilter filter, PageRequest page);

    /**
     * Replaces the stored details of the run with this id and counts its version up, if it is at
     * {@code expected} (any version when none is given). The run keeps its user.
     *
     * @return the run as now stored; empty if no run has this id
     * @throws StaleVersionException if the run is at another version than expected
     */
    Optional<Run> update(RunId id, RunDetails details, Optional<Version> expected);

    /**
     * Removes the run with this id, if it is at {@code expected} (any version when none is given).
     *
     * @return false if no run has this id
     * @throws StaleVersionException if the run is at another version than expected
     */
    boolean remove(RunId id, Optional<Version> expected);

    /**
     * A user's runs summed up, computed where the runs are kept rather than by reading them all.
     *
     * @return empty if no user has this id
     */
    Optional<RunStats> statsOfUser(UserId userId);
}

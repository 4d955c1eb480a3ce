package dev.runlog.domain.port.out;

import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunTally;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;

import java.time.LocalDate;
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

    /** The run with this id and the user who ran it, read together. */
    Optional<RunWithUser> findWithUserById(RunId id);

    /** The user who ran the run with this id; empty if no run has it. */
    Optional<UserId> ownerOf(RunId id);

    /** A page of all users' runs that the filter shows. */
    Page<Run> findPage(RunFilter filter, PageRequest page);

    /** A page of one user's runs that the filter shows; empty if the user has none or does not exist. */
    Page<Run> findPageByUser(UserId userId, RunFilter filter, PageRequest page);

    /**
     * Replaces the stored details of the run with this id and counts its version up, if it is at the
     * expected version. The run keeps its user.
     *
     * @return the run as now stored; empty if no run has this id
     * @throws StaleVersionException if the run is at another version than expected
     */
    Optional<Run> update(RunId id, RunDetails details, ExpectedVersion expected);

    /**
     * Removes the run with this id, if it is at the expected version.
     *
     * @return false if no run has this id
     * @throws StaleVersionException if the run is at another version than expected
     */
    boolean remove(RunId id, ExpectedVersion expected);

    /**
     * A user's runs added up where they are kept, rather than sent one by one: tallies that
     * {@link dev.runlog.domain.model.run.RunStats#fromTallies} sums into the user's stats. A
     * store may return one tally per run, or group runs first.
     *
     * @return empty if no user has this id; an empty list for a user without runs
     */
    Optional<List<RunTally>> talliesOfUser(UserId userId);

    /**
     * A user's runs dated from {@code first} to {@code last} (both included), added up where they
     * are kept: tallies that {@link dev.runlog.domain.model.run.SummaryRange#summarize} sums into
     * summaries. A store may return one tally per run, or one per day; never the runs.
     *
     * @return in any order; an empty list for a user without runs on those days, or no such user
     */
    List<DayTally> dayTallies(UserId userId, LocalDate first, LocalDate last);

    /**
     * The runs of a user that {@link dev.runlog.domain.model.run.PersonalRecords#of} may find a
     * record among: at least every run that holds one, or all of them. A store that knows how may
     * send only the holders.
     *
     * @return an empty list for a user without runs, or no such user
     */
    List<Run> recordCandidates(UserId userId);
}

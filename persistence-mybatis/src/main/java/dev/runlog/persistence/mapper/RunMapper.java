package dev.runlog.persistence.mapper;

import org.apache.ibatis.annotations.Param;

import java.time.LocalDate;
import java.util.List;

/** MyBatis mapper for the {@code run} table; the SQL is in {@code RunMapper.xml} beside it. */
public interface RunMapper {

    /** Inserts the row and sets its generated id; returns 1, the rows inserted. */
    int insert(RunRow row);

    /** Inserts the rows in one statement; returns their generated ids, in the order of the rows. */
    List<Long> insertAll(@Param("rows") List<RunRow> rows);

    RunRow findById(@Param("id") long id);

    /** The run and its user, in one statement. */
    RunRow findWithUserById(@Param("id") long id);

    /** The id of the run's user; null if no run has this id. */
    Long ownerOf(@Param("id") long id);

    /**
     * Runs after {@code after}, of one user when {@code userId} is not null, dated and felt as the
     * filter says; {@code caselessMood} is the mood as {@code Mood.caseless()} writes it.
     */
    List<RunRow> findPage(
            @Param("userId") Long userId,
            @Param("after") long after,
            @Param("limit") int limit,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("caselessMood") String caselessMood);

    /**
     * Writes the row's values and counts the version up, if the stored version is
     * {@code expected} (or whatever it is, when null).
     *
     * @return 1 if the row was updated, 0 if none has this id and version
     */
    int update(@Param("row") RunRow row, @Param("expected") Long expected);

    /** @return 1 if the run was deleted, 0 if none has this id and version (any, when null) */
    int delete(@Param("id") long id, @Param("expected") Long expected);

    /** A user's runs added up per mood spelling, in one statement; no rows if there is no such user. */
    List<TallyRow> talliesOfUser(@Param("userId") long userId);

    /** A user's runs dated from {@code first} to {@code last} (both included), added up per day, in one statement. */
    List<DayTallyRow> dayTallies(
            @Param("userId") long userId, @Param("first") LocalDate first, @Param("last") LocalDate last);

    /**
     * The runs of a user that hold a record, in one statement: the longest, the longest in time, and
     * the fastest of those at least each of {@code paceFrom} miles long; each run once.
     */
    List<RunRow> recordCandidates(@Param("userId") long userId, @Param("paceFrom") List<Double> paceFrom);
}

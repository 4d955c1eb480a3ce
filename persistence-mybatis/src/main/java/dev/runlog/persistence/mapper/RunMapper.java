package dev.runlog.persistence.mapper;

import org.apache.ibatis.annotations.Param;

import java.util.List;

/** MyBatis mapper for the {@code run} table; the SQL is in {@code RunMapper.xml} beside it. */
public interface RunMapper {

    /** Inserts the row and sets its generated id. */
    void insert(RunRow row);

    RunRow findById(@Param("id") long id);

    /** The run and its user, in one statement. */
    RunRow findWithUserById(@Param("id") long id);

    List<RunRow> findPage(@Param("after") long after, @Param("limit") int limit);

    List<RunRow> findPageByUser(@Param("userId") long userId, @Param("after") long after, @Param("limit") int limit);

    /** @return the number of rows found (1 or 0), whether or not their values changed */
    int update(RunRow row);

    /** @return the number of runs deleted (1 or 0) */
    int delete(@Param("id") long id);
}

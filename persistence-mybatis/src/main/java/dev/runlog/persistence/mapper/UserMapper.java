package dev.runlog.persistence.mapper;

import org.apache.ibatis.annotations.Param;

import java.util.List;

/** MyBatis mapper for the {@code user} table; the SQL is in {@code UserMapper.xml} beside it. */
public interface UserMapper {

    /** Inserts the row and sets its generated id. */
    void insert(UserRow row);

    UserRow findById(@Param("id") long id);

    /** The user and all of their runs, in one statement. */
    UserRow findWithRunsById(@Param("id") long id);

    boolean exists(@Param("id") long id);

    List<UserRow> findPage(@Param("after") long after, @Param("limit") int limit);

    /** @return the number of rows found (1 or 0), whether or not their values changed */
    int update(UserRow row);

    /** @return the number of users deleted (1 or 0); their runs go by the foreign key's cascade */
    int delete(@Param("id") long id);
}

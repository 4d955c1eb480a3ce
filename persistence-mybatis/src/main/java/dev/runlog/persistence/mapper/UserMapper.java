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

    /**
     * Writes the row's values and counts the version up, if the stored version is
     * {@code expected} (or whatever it is, when null).
     *
     * @return 1 if the row was updated, 0 if none has this id and version
     */
    int update(@Param("row") UserRow row, @Param("expected") Long expected);

    /**
     * Deletes the user, if at {@code expected} (or any version, when null); their runs go by the
     * foreign key's cascade.
     *
     * @return 1 if the user was deleted, 0 if none has this id and version
     */
    int delete(@Param("id") long id, @Param("expected") Long expected);
}

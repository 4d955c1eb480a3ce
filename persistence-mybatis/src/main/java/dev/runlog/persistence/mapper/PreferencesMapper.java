package dev.runlog.persistence.mapper;

import org.apache.ibatis.annotations.Param;

/**
 * MyBatis mapper for a runner's preferences, kept in columns of the {@code user} table; the SQL is
 * in {@code PreferencesMapper.xml} beside it.
 */
public interface PreferencesMapper {

    /** The user's preferences; null if no user has this id. */
    PreferencesRow findByUser(@Param("userId") long userId);

    /**
     * Writes the preferences; the user's version stays, as it versions the user's name and email.
     *
     * @return 1 if the user exists, 0 if not (MariaDB's driver counts the rows found, changed or not)
     */
    int save(@Param("userId") long userId, @Param("row") PreferencesRow row);
}

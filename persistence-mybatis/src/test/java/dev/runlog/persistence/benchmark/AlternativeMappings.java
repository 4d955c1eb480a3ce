package dev.runlog.persistence.benchmark;

import dev.runlog.persistence.mapper.UserRow;
import org.apache.ibatis.annotations.Param;

/**
 * Other ways to map a user with its runs, kept out of the main code on purpose: they are what
 * the adapter's one-statement {@code <collection>} is measured against. The SQL is in
 * {@code AlternativeMappings.xml} beside this file (under src/test/resources).
 */
interface AlternativeMappings {

    /** Two statements: the user, then a nested select of its runs (MyBatis's "nested select"). */
    UserRow findWithRunsByNestedSelect(@Param("id") long id);

    /** The user and only the ids of its runs, in one statement: the "1" of N+1. */
    UserWithRunIds findWithRunIds(@Param("id") long id);
}

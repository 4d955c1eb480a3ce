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

    /** (a) The adapter's statement and resultMap, with {@code resultOrdered="true"}. */
    UserRow findWithRunsOrdered(@Param("id") long id);

    /** (b) The adapter's statement, its runs mapped by property, as the adapter did before 2026-12-03. */
    UserRow findWithRunsByProperties(@Param("id") long id);

    /** (b) The adapter's statement, the user made by {@code <constructor>} too, not only its runs. */
    UserRow findWithRunsByConstructor(@Param("id") long id);

    /** (c) The adapter's statement, every result with its javaType and jdbcType declared. */
    UserRow findWithRunsTyped(@Param("id") long id);

    /** (e) Ordered, by constructor and typed; read through the label-indexing plugin, (d), too. */
    UserRow findWithRunsCombined(@Param("id") long id);
}

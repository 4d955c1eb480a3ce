package dev.runlog.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

/**
 * Recognises the database's failures wherever they sit in the cause chain: MyBatis wraps the
 * driver's {@link SQLException}, and Spring, when present, wraps MyBatis's exception again.
 */
final class SqlErrors {

    /** ER_DUP_ENTRY: a unique index refused a value. */
    static final int DUPLICATE_KEY = 1062;
    /** ER_NO_REFERENCED_ROW_2: a foreign key points at a row that does not exist. */
    static final int NO_REFERENCED_ROW = 1452;

    private SqlErrors() {}

    static boolean isCausedBy(Throwable exception, int errorCode) {
        return causes(exception)
                .anyMatch(cause -> cause instanceof SQLException sql && sql.getErrorCode() == errorCode);
    }

    /**
     * Whether the database could not be reached at all: MariaDB's driver reports a refused or
     * lost connection as a non-transient connection failure, and HikariCP a pool that had no
     * connection free in time as a transient one. A statement that never got a connection
     * changed nothing; one whose connection was lost while it ran may or may not have.
     */
    static boolean isUnreachableDatabase(Throwable exception) {
        return causes(exception)
                .anyMatch(cause -> cause instanceof SQLTransientConnectionException
                        || cause instanceof SQLNonTransientConnectionException);
    }

    private static Stream<Throwable> causes(Throwable exception) {
        return Stream.iterate(exception, cause -> cause != null, Throwable::getCause);
    }
}

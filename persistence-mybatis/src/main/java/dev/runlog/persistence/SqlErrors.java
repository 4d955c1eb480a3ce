package dev.runlog.persistence;

import java.sql.SQLException;

/**
 * Recognises MariaDB's errors by their code, wherever they sit in the cause chain: MyBatis wraps
 * the driver's {@link SQLException}, and Spring, when present, wraps MyBatis's exception again.
 */
final class SqlErrors {

    /** ER_DUP_ENTRY: a unique index refused a value. */
    static final int DUPLICATE_KEY = 1062;
    /** ER_NO_REFERENCED_ROW_2: a foreign key points at a row that does not exist. */
    static final int NO_REFERENCED_ROW = 1452;

    private SqlErrors() {
    }

    static boolean isCausedBy(RuntimeException exception, int errorCode) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException && sqlException.getErrorCode() == errorCode) {
                return true;
            }
        }
        return false;
    }
}

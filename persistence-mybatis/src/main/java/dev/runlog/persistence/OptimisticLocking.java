package dev.runlog.persistence;

import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.Version;

import java.util.Optional;

/**
 * The one rule of versioned writes: an UPDATE or DELETE carries the expected version in its
 * WHERE clause, so when it changes no row, either the row is gone (not found) or it is at
 * another version (stale). Only a second look tells which.
 */
final class OptimisticLocking {

    private OptimisticLocking() {
    }

    /** The expected version as the mappers take it: null for "any version". */
    static Long expectedValue(Optional<Version> expected) {
        return expected.map(Version::value).orElse(null);
    }

    /**
     * After an update that changed {@code rowsChanged} rows, the row as now stored.
     *
     * @throws StaleVersionException if no row changed although the row exists
     */
    static <T> Optional<T> afterUpdate(int rowsChanged, Optional<T> stored, Optional<Version> expected) {
        if (rowsChanged == 0 && stored.isPresent()) {
            throw new StaleVersionException(expected.orElseThrow());
        }
        return stored;
    }

    /**
     * After a delete that removed {@code rowsDeleted} rows: whether the row was there to delete.
     *
     * @throws StaleVersionException if no row was deleted although the row exists
     */
    static boolean afterDelete(int rowsDeleted, boolean stillStored, Optional<Version> expected) {
        if (rowsDeleted == 0 && stillStored) {
            throw new StaleVersionException(expected.orElseThrow());
        }
        return rowsDeleted > 0;
    }
}

package dev.runlog.persistence;

import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.Version;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one rule of versioned writes: an UPDATE or DELETE carries the expected version in its
 * WHERE clause, so when it changes no row, either the row is gone (not found) or it is at
 * another version (stale). Only a second look tells which.
 */
final class OptimisticLocking {

    private OptimisticLocking() {}

    /** The expected version as the mappers take it: null for "any version". */
    static Long expectedValue(ExpectedVersion expected) {
        return expected instanceof ExpectedVersion.Exactly exactly
                ? exactly.version().value()
                : null;
    }

    /**
     * After an update that changed {@code rowsChanged} rows, the row as now stored.
     *
     * @throws StaleVersionException if no row changed although the row exists
     */
    static <T> Optional<T> afterUpdate(
            int rowsChanged, Optional<T> stored, Function<T, Version> versionOf, ExpectedVersion expected) {
        if (rowsChanged == 0) {
            stored.ifPresent(row -> refuse(versionOf.apply(row), expected));
        }
        return stored;
    }

    /**
     * After a delete that removed {@code rowsDeleted} rows: whether the row was there to delete.
     * Only when none was deleted is the row looked for again.
     *
     * @throws StaleVersionException if no row was deleted although the row exists
     */
    static <T> boolean afterDelete(
            int rowsDeleted,
            Supplier<Optional<T>> stillStored,
            Function<T, Version> versionOf,
            ExpectedVersion expected) {
        if (rowsDeleted == 0) {
            stillStored.get().ifPresent(row -> refuse(versionOf.apply(row), expected));
        }
        return rowsDeleted > 0;
    }

    /**
     * A write that changed nothing, though the row is there: stale. Even when the row's version
     * is now one the write allows, it was changed (or replaced) between the write and the look,
     * and the write was not applied.
     */
    private static void refuse(Version stored, ExpectedVersion expected) {
        expected.requireMatches(stored);
        throw new StaleVersionException(stored);
    }
}

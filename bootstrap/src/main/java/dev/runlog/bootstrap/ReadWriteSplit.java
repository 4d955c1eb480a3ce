package dev.runlog.bootstrap;

import java.util.function.Supplier;

/**
 * Where a use case's statements go, said beside each use case in {@link UseCaseConfiguration}:
 * a use case that only reads may be served by a replica; one that writes goes to the primary,
 * and its client learns the position to read after. With no replica configured, both are the
 * one database, and this changes nothing.
 */
interface ReadWriteSplit {

    /** Runs a use case that only reads. */
    <T> T read(Supplier<T> useCase);

    /** Runs a use case that writes (in its own transaction, if it has one, committed by the time this returns). */
    <T> T write(Supplier<T> useCase);

    /** Runs a use case that writes and returns nothing. */
    default void write(Runnable useCase) {
        write(() -> {
            useCase.run();
            return null;
        });
    }

    /** Everything on the one database: the split without replicas. */
    static ReadWriteSplit primaryOnly() {
        return new ReadWriteSplit() {
            @Override
            public <T> T read(Supplier<T> useCase) {
                return useCase.get();
            }

            @Override
            public <T> T write(Supplier<T> useCase) {
                return useCase.get();
            }
        };
    }
}

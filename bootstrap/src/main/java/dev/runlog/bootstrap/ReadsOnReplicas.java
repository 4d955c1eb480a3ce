package dev.runlog.bootstrap;

import java.util.function.Supplier;

/**
 * The split with replicas: reads through {@link ReplicaRoutingDataSource#readingFromReplica},
 * writes on the primary, and after each write in a request its client is told the primary's
 * position ({@link CausalReads}), one select of a server variable.
 */
final class ReadsOnReplicas implements ReadWriteSplit {

    private final ReplicaRoutingDataSource dataSource;
    private final CausalReads causalReads;

    ReadsOnReplicas(ReplicaRoutingDataSource dataSource, CausalReads causalReads) {
        this.dataSource = dataSource;
        this.causalReads = causalReads;
    }

    @Override
    public <T> T read(Supplier<T> useCase) {
        return dataSource.readingFromReplica(useCase);
    }

    @Override
    public <T> T write(Supplier<T> useCase) {
        T result = useCase.get();
        if (causalReads.isListening()) {
            dataSource.primaryPosition().ifPresent(causalReads::written);
        }
        return result;
    }
}

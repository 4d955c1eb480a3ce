package dev.runlog.domain.testing;

/** The in-memory adapter keeps the run repository contract. */
class InMemoryRunRepositoryTest extends RunRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return Repositories.inMemory();
    }
}

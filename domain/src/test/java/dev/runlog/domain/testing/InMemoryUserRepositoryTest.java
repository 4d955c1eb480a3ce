package dev.runlog.domain.testing;

/** The in-memory adapter keeps the user repository contract. */
class InMemoryUserRepositoryTest extends UserRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return Repositories.inMemory();
    }
}

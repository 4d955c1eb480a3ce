package dev.runlog.domain.testing;

/** The in-memory adapter keeps the access token repository contract. */
class InMemoryAccessTokenRepositoryTest extends AccessTokenRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return Repositories.inMemory();
    }
}

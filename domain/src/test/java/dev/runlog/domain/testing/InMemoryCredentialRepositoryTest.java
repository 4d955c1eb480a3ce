package dev.runlog.domain.testing;

/** The in-memory adapter keeps the credential repository contract. */
class InMemoryCredentialRepositoryTest extends CredentialRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return Repositories.inMemory();
    }
}

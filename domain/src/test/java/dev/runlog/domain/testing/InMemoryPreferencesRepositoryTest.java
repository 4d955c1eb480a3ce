package dev.runlog.domain.testing;

/** The in-memory adapter keeps the preferences repository contract. */
class InMemoryPreferencesRepositoryTest extends PreferencesRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return Repositories.inMemory();
    }
}

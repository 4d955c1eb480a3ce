package dev.runlog.domain.testing;

/** The in-memory adapter keeps the sign-in failure repository contract. */
class InMemorySignInFailureRepositoryTest extends SignInFailureRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return Repositories.inMemory();
    }
}

package dev.runlog.domain.testing;

/** The in-memory adapter agrees with the domain's rules (it computes none of them itself). */
class InMemoryRulesAgreementTest extends RulesAgreementContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return Repositories.inMemory();
    }
}

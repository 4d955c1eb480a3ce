package dev.runlog.domain.testing;

/**
 * The in-memory adapter agrees with the domain's rules. It computes none of them itself (one
 * tally per run, the domain's filter and email rule), so this guards against it growing a rule of
 * its own, and shows the contract's generated data running without a database.
 */
class InMemoryRulesAgreementTest extends RulesAgreementContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return Repositories.inMemory();
    }
}

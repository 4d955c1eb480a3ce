package dev.runlog.persistence;

import dev.runlog.domain.testing.Repositories;
import dev.runlog.domain.testing.RulesAgreementContractTest;

/**
 * MariaDB computes three of the domain's rules itself, for speed: it tallies the stats
 * ({@code talliesOfUser}), filters by mood ({@code lower(mood)}) and refuses a taken email (a
 * unique index on {@code lower(email)}). Here it agrees with the domain's definitions.
 */
class MyBatisRulesAgreementTest extends RulesAgreementContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return MyBatisTestSupport.emptyRepositories();
    }
}

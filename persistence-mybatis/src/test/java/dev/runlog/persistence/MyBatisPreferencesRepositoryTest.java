package dev.runlog.persistence;

import dev.runlog.domain.testing.PreferencesRepositoryContractTest;
import dev.runlog.domain.testing.Repositories;

/** The MariaDB adapter keeps the preferences repository contract. */
class MyBatisPreferencesRepositoryTest extends PreferencesRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return MyBatisTestSupport.emptyRepositories();
    }
}

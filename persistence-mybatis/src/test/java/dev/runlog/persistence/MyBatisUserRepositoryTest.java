package dev.runlog.persistence;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.testing.Repositories;
import dev.runlog.domain.testing.UserRepositoryContractTest;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static dev.runlog.persistence.MyBatisTestSupport.STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MariaDB adapter keeps the user repository contract; and, what only SQL can get wrong, it
 * reads a user with all of their runs in one statement, however many runs there are.
 */
class MyBatisUserRepositoryTest extends UserRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return MyBatisTestSupport.emptyRepositories();
    }

    @Test
    void aUserWithoutRuns_isReadInOneStatement() {
        assertReadInOneStatement(0);
    }

    @Test
    void aUserWithOneRun_isReadInOneStatement() {
        assertReadInOneStatement(1);
    }

    @Test
    void aUserWithManyRuns_isReadInOneStatement() {
        assertReadInOneStatement(50);
    }

    private void assertReadInOneStatement(int runCount) {
        User alice = users.add(aUser().details());
        var logged = IntStream.range(0, runCount)
                .mapToObj(i -> runs.add(alice.id(), aRun().details()))
                .toList();
        STATEMENTS.reset();

        var found = users.findWithRunsById(alice.id()).orElseThrow();

        assertThat(found.runs())
                .extracting(Run::id)
                .containsExactlyElementsOf(logged.stream().map(Run::id).toList());
        assertThat(STATEMENTS.count()).isEqualTo(1);
    }
}

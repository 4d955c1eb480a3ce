package dev.runlog.persistence;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.testing.Repositories;
import dev.runlog.domain.testing.RunRepositoryContractTest;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.persistence.MyBatisTestSupport.STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MariaDB adapter keeps the run repository contract; and it reads a run with its user in
 * one statement, and inserts many runs a thousand to a statement.
 */
class MyBatisRunRepositoryTest extends RunRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return MyBatisTestSupport.emptyRepositories();
    }

    @Test
    void runsAreTalliedByTheDatabase_inOneStatement_oneTallyPerMood_howeverManyRunsThereAre() {
        for (int i = 1; i <= 30; i++) {
            runs.add(
                    alice.id(),
                    aRun().withDistance(i)
                            .withMood(i % 2 == 0 ? "Happy" : "Tired")
                            .taking("PT" + (10 * i) + "M")
                            .details());
        }
        STATEMENTS.reset();

        var tallies = runs.talliesOfUser(alice.id()).orElseThrow();

        assertThat(tallies).hasSize(2);
        assertThat(RunStats.fromTallies(tallies).runs()).isEqualTo(30);
        assertThat(STATEMENTS.count()).isEqualTo(1);
    }

    @Test
    void aRunWithItsUser_isReadInOneStatement() {
        Run run = runs.add(alice.id(), aRun().details());
        STATEMENTS.reset();

        RunWithUser found = runs.findWithUserById(run.id()).orElseThrow();

        assertThat(found).isEqualTo(new RunWithUser(run, alice));
        assertThat(STATEMENTS.count()).isEqualTo(1);
    }

    @Test
    void runsAddedTogether_takeOneStatementPerThousand() {
        List<RunDetails> details = Collections.nCopies(2 * MyBatisRunRepository.ROWS_PER_INSERT + 1, aRun().details());
        STATEMENTS.reset();

        List<Run> added = runs.addAll(alice.id(), details);

        assertThat(added).hasSize(2_001);
        assertThat(STATEMENTS.count()).isEqualTo(3);
    }
}

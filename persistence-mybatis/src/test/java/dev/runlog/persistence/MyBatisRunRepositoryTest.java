package dev.runlog.persistence;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.testing.Repositories;
import dev.runlog.domain.testing.RunRepositoryContractTest;
import dev.runlog.persistence.mapper.RunMapper;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.persistence.MyBatisTestSupport.STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MariaDB adapter keeps the run repository contract; and it reads a run with its user in
 * one statement, adds up days and picks record candidates in one statement each, finds a user's
 * days by the (user_id, date) index, and inserts many runs a thousand to a statement.
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
    void dayTalliesAndRecordCandidates_takeOneStatementEach_oneTallyPerDay() {
        for (int i = 1; i <= 30; i++) {
            runs.add(
                    alice.id(),
                    aRun().withDistance(i)
                            .on("2026-11-0" + (1 + i % 3))
                            .taking("PT" + (10 * i) + "M")
                            .details());
        }
        STATEMENTS.reset();

        var tallies = runs.dayTallies(alice.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(STATEMENTS.count()).isEqualTo(1);
        var candidates = runs.recordCandidates(alice.id());

        assertThat(tallies).hasSize(3);
        assertThat(candidates).hasSizeLessThanOrEqualTo(7).doesNotHaveDuplicates();
        assertThat(STATEMENTS.count()).isEqualTo(2);
    }

    @Test
    void dayTallies_findTheUsersDaysByTheUserAndDateIndex() throws SQLException {
        // Years of running: on an empty table any plan is as good, and MariaDB picks another index.
        LocalDate firstDay = LocalDate.of(2024, 1, 1);
        runs.addAll(
                alice.id(),
                IntStream.range(0, 3_000)
                        .mapToObj(i ->
                                aRun().on(firstDay.plusDays(i / 2).toString()).details())
                        .toList());
        Map<String, Object> parameters = Map.of(
                "userId", alice.id().value(),
                "first", LocalDate.of(2026, 11, 1),
                "last", LocalDate.of(2026, 11, 30));
        BoundSql statement = MyBatisTestSupport.sessions()
                .getConfiguration()
                .getMappedStatement(RunMapper.class.getName() + ".dayTallies")
                .getBoundSql(parameters);
        List<String> keys = new ArrayList<>();
        try (Connection jdbc = MyBatisTestSupport.sessions()
                        .getConfiguration()
                        .getEnvironment()
                        .getDataSource()
                        .getConnection();
                PreparedStatement explain = jdbc.prepareStatement("explain " + statement.getSql())) {
            try (Statement analyze = jdbc.createStatement()) {
                analyze.execute("analyze table run"); // statistics of the runs just added
            }
            List<ParameterMapping> bound = statement.getParameterMappings();
            for (int i = 0; i < bound.size(); i++) {
                explain.setObject(i + 1, parameters.get(bound.get(i).getProperty()));
            }
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    keys.add(plan.getString("key"));
                }
            }
        }

        assertThat(keys).contains("run_user_id_date_idx");
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

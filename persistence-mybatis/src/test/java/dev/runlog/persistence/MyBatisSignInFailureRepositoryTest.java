package dev.runlog.persistence;

import dev.runlog.domain.testing.Repositories;
import dev.runlog.domain.testing.SignInFailureRepositoryContractTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MariaDB adapter keeps the sign-in failure repository contract; and the table keeps digests
 * of what was typed, never the text itself.
 */
class MyBatisSignInFailureRepositoryTest extends SignInFailureRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return MyBatisTestSupport.emptyRepositories();
    }

    @Test
    void theTable_keepsNeitherTheAccountNorTheAddressAsTyped() throws SQLException {
        failures.add("my secret password", "203.0.113.7", Instant.parse("2026-12-02T18:16:25Z"));

        try (Connection jdbc = MyBatisTestSupport.sessions()
                        .getConfiguration()
                        .getEnvironment()
                        .getDataSource()
                        .getConnection();
                Statement query = jdbc.createStatement();
                ResultSet row =
                        query.executeQuery("select account_digest, client_address_digest from sign_in_failure")) {
            row.next();
            assertThat(row.getString(1))
                    .matches("[0-9a-f]{64}")
                    .isEqualTo(MyBatisSignInFailureRepository.digestOf("my secret password"));
            assertThat(row.getString(2)).matches("[0-9a-f]{64}").isNotEqualTo(row.getString(1));
            assertThat(row.next()).isFalse();
        }
    }
}

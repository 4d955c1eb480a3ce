package dev.runlog.persistence;

import dev.runlog.domain.model.access.StoredToken;
import dev.runlog.domain.model.access.TokenDigest;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.testing.AccessTokenRepositoryContractTest;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.TimeZone;

import static dev.runlog.persistence.MyBatisTestSupport.STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MariaDB adapter keeps the access token repository contract; and, what only SQL and JDBC can
 * get wrong, a token is read with its user's role in one statement, and instants are stored as UTC
 * whatever the time zones around.
 */
class MyBatisAccessTokenRepositoryTest extends AccessTokenRepositoryContractTest {

    private static final Instant EXPIRES_AT = Instant.parse("2026-12-02T19:16:25.123456Z");

    @Override
    protected Repositories emptyRepositories() {
        return MyBatisTestSupport.emptyRepositories();
    }

    @Test
    void aTokenWithItsUsersRole_isReadInOneStatement() {
        TokenDigest digest = TokenDigest.of("rl_one-statement");
        tokens.add(digest, alice.id(), EXPIRES_AT);
        credentials.setRole(alice.id(), Role.ADMIN);
        STATEMENTS.reset();

        StoredToken found = tokens.find(digest).orElseThrow();

        assertThat(found).isEqualTo(new StoredToken(alice.id(), Role.ADMIN, EXPIRES_AT));
        assertThat(STATEMENTS.count()).isEqualTo(1);
    }

    @Test
    void anInstant_isStoredAsItsUtcDateAndTime_whateverTheJvmsAndTheSessionsTimeZone() throws SQLException {
        TimeZone jvms = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            // Both are 02:30 in Berlin, the hour its clocks go back: a local time could not tell them apart.
            Instant first = Instant.parse("2026-10-25T00:30:00.250000Z");
            Instant second = Instant.parse("2026-10-25T01:30:00.250000Z");
            tokens.add(TokenDigest.of("rl_first"), alice.id(), first);
            tokens.add(TokenDigest.of("rl_second"), alice.id(), second);

            assertThat(tokens.find(TokenDigest.of("rl_first")).orElseThrow().expiresAt())
                    .isEqualTo(first);
            assertThat(tokens.find(TokenDigest.of("rl_second")).orElseThrow().expiresAt())
                    .isEqualTo(second);
            assertThat(storedExpiry("rl_first", "+05:00")).isEqualTo("2026-10-25 00:30:00.250000");
            assertThat(storedExpiry("rl_second", "-08:00")).isEqualTo("2026-10-25 01:30:00.250000");
        } finally {
            TimeZone.setDefault(jvms);
        }
    }

    @Test
    void anInstantFinerThanAMicrosecond_isCutToIt_notRounded() {
        TokenDigest digest = TokenDigest.of("rl_nanoseconds");

        tokens.add(digest, alice.id(), EXPIRES_AT.plusNanos(999));

        assertThat(tokens.find(digest).orElseThrow().expiresAt()).isEqualTo(EXPIRES_AT);
    }

    @Test
    void whenATokenWasIssued_isKept_byTheDatabasesClockInUtc() throws SQLException {
        tokens.add(TokenDigest.of("rl_issued"), alice.id(), EXPIRES_AT);

        try (Connection jdbc = jdbc();
                Statement query = jdbc.createStatement();
                ResultSet row = query.executeQuery(
                        "select timestampdiff(second, issued_at, utc_timestamp(6)) from access_token")) {
            row.next();
            assertThat(row.getLong(1)).isBetween(0L, 60L);
        }
    }

    /** The stored expiry as MariaDB shows it in a session of this time zone. */
    private static String storedExpiry(String secret, String sessionTimeZone) throws SQLException {
        try (Connection jdbc = jdbc();
                Statement session = jdbc.createStatement();
                PreparedStatement query =
                        jdbc.prepareStatement("select cast(expires_at as char) from access_token where digest = ?")) {
            session.execute("set time_zone = '" + sessionTimeZone + "'");
            query.setString(1, TokenDigest.of(secret).hex());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            } finally {
                session.execute("set time_zone = default");
            }
        }
    }

    private static Connection jdbc() throws SQLException {
        return MyBatisTestSupport.sessions()
                .getConfiguration()
                .getEnvironment()
                .getDataSource()
                .getConnection();
    }
}

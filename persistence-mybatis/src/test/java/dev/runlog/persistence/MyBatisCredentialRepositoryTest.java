package dev.runlog.persistence;

import dev.runlog.domain.model.access.Credentials;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.testing.CredentialRepositoryContractTest;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static dev.runlog.domain.testing.UserTestData.aUser;
import static dev.runlog.persistence.MyBatisTestSupport.STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The MariaDB adapter keeps the credential repository contract; and, what only the schema can get
 * wrong, users that other apps insert are runners without a password, and the role column holds
 * nothing but the names of the domain's roles.
 */
class MyBatisCredentialRepositoryTest extends CredentialRepositoryContractTest {

    @Override
    protected Repositories emptyRepositories() {
        return MyBatisTestSupport.emptyRepositories();
    }

    @Test
    void aUserTheTutorialsAppInserted_isARunnerWithoutAPassword() throws SQLException {
        try (Connection jdbc = jdbc();
                Statement tutorial = jdbc.createStatement()) {
            tutorial.executeUpdate("INSERT INTO user (username, email) VALUES ('Bob', 'bob@localhost')");
        }

        Credentials bob = credentials.findByEmail(new Email("Bob@localhost")).orElseThrow();

        assertThat(bob.role()).isEqualTo(Role.RUNNER);
        assertThat(bob.passwordHash()).isEmpty();
    }

    @Test
    void theRoleColumn_refusesAnythingButARolesExactName() throws SQLException {
        User alice = users.add(aUser().details());
        try (Connection jdbc = jdbc();
                Statement other = jdbc.createStatement()) {
            for (String role : new String[] {"admin", "ADMIN ", "OWNER", ""}) {
                assertThatThrownBy(() -> other.executeUpdate("update user set role = '" + role + "' where id = "
                                + alice.id().value()))
                        .as("'%s'", role)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("user_role_ck");
            }
        }
        assertThat(credentials.findByUser(alice.id()).orElseThrow().role()).isEqualTo(Role.RUNNER);
    }

    @Test
    void credentials_areFoundByEmail_andByExternalIdentity_inOneStatementEach() {
        User alice = users.add(aUser().withEmail("alice@example.com").details());
        credentials.linkExternalIdentity(alice.id(), "https://accounts.example.com", "alice");

        STATEMENTS.reset();
        Optional<Credentials> byEmail = credentials.findByEmail(new Email("ALICE@example.com"));
        assertThat(STATEMENTS.count()).isEqualTo(1);

        STATEMENTS.reset();
        Optional<Credentials> byIdentity = credentials.findByExternalIdentity("https://accounts.example.com", "alice");
        assertThat(STATEMENTS.count()).isEqualTo(1);

        assertThat(byEmail).isPresent().isEqualTo(byIdentity);
    }

    private static Connection jdbc() throws SQLException {
        return MyBatisTestSupport.sessions()
                .getConfiguration()
                .getEnvironment()
                .getDataSource()
                .getConnection();
    }
}

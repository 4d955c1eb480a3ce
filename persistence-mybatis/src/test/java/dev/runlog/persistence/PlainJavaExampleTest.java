package dev.runlog.persistence;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.SignUpCommand;
import dev.runlog.domain.port.out.PreferencesRepository;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import dev.runlog.domain.service.AccountService;
import dev.runlog.domain.service.RunService;
import dev.runlog.domain.service.UserService;
import dev.runlog.domain.testing.RecognisableHasher;
import dev.runlog.persistence.mapper.AccessTokenMapper;
import dev.runlog.persistence.mapper.CredentialMapper;
import dev.runlog.persistence.mapper.PreferencesMapper;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.UserMapper;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runlog with no Spring at all: the domain's services on the MyBatis adapter, wired by hand with
 * a plain {@link SqlSessionFactory}, playing the tutorial's shell session. Both modules are
 * libraries; Spring Boot is only one way to put them together.
 */
class PlainJavaExampleTest {

    @Test
    void theTutorialsShellSession_withoutSpring() throws IOException {
        TestDatabase.Connection db = TestDatabase.connection();
        MyBatisTestSupport.deleteAllRows(); // this test reads "all users": start from none

        // db.create_all(), the versioned way: Flyway applies the adapter's migrations.
        Flyway.configure()
                .dataSource(db.url(), db.username(), db.password())
                .load()
                .migrate();

        // MyBatis from the adapter's own configuration, on a plain pooled DataSource.
        SqlSessionFactory factory;
        try (InputStream config = Resources.getResourceAsStream("dev/runlog/persistence/mybatis-config.xml")) {
            factory = new SqlSessionFactoryBuilder().build(config);
        }
        factory.getConfiguration()
                .setEnvironment(new Environment(
                        "plain-java",
                        new JdbcTransactionFactory(),
                        new PooledDataSource("org.mariadb.jdbc.Driver", db.url(), db.username(), db.password())));
        // Thread-safe mappers: outside a managed session, each call runs and commits on its own.
        SqlSessionManager sessions = SqlSessionManager.newInstance(factory);

        // The hexagon, wired by hand: adapters into ports, ports into services.
        UserRepository users = new MyBatisUserRepository(sessions.getMapper(UserMapper.class));
        RunRepository runs = new MyBatisRunRepository(sessions.getMapper(RunMapper.class));
        UserService userService = new UserService(users);
        PreferencesRepository preferences =
                new MyBatisPreferencesRepository(sessions.getMapper(PreferencesMapper.class));
        RunService runService = new RunService(runs, users, preferences, Clock.systemDefaultZone());
        AccountService accounts = new AccountService(
                users,
                new MyBatisCredentialRepository(sessions.getMapper(CredentialMapper.class)),
                new MyBatisAccessTokenRepository(sessions.getMapper(AccessTokenMapper.class)),
                new RecognisableHasher(), // in an app: Spring Security's Argon2PasswordEncoder, say
                AccountService.SignUp.OPEN);
        // Who is calling is an input like any other. The tutorial's shell could do everything, as an admin can.
        Caller shell = Caller.admin(new UserId(1));

        // >>> alice = User(username='Alice', email='alice@example.com'); db.session.add(alice)
        // >>> run = Run(distance=5.2, mood='Happy', user=alice); db.session.add(run)
        // >>> db.session.commit()  -- both in one transaction, committed together
        User alice;
        Run run;
        sessions.startManagedSession();
        try {
            alice = accounts.register(
                    new RegisterUserCommand(shell, UserDetails.of("Alice", "alice@example.com"), Optional.empty()));
            run = runService.log(new LogRunCommand(
                    shell,
                    alice.id(),
                    RunDetails.entered().distance(5.2).mood("Happy").check()));
            sessions.commit();
        } finally {
            sessions.close();
        }

        // >>> User.query.all()
        assertThat(userService.list(shell, PageRequest.first()).items()).containsExactly(alice);
        // >>> Run.query.all()
        assertThat(runService.listAll(shell, RunFilter.ALL, PageRequest.first()).items())
                .containsExactly(run);
        // >>> alice.runs
        UserWithRuns alicesRuns = userService.get(shell, alice.id());
        assertThat(alicesRuns.runs()).containsExactly(run);
        assertThat(alicesRuns.runs().get(0).distance().miles()).isEqualTo(5.2);
        // >>> run.user
        assertThat(runService.get(shell, run.id()).user()).isEqualTo(alice);

        // Once Bob signs up, each runner sees only their own: Bob's user is "not found" to Alice.
        User bob = accounts.signUp(SignUpCommand.of("Bob", "bob@example.com", "bob runs every morning"));
        Caller asAlice = Caller.runner(alice.id());
        assertThat(userService.list(asAlice, PageRequest.first()).items()).containsExactly(alice);
        assertThatThrownBy(() -> userService.get(asAlice, bob.id())).isInstanceOf(UserNotFoundException.class);
    }
}

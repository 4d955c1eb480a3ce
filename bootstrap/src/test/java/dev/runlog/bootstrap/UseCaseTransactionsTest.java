package dev.runlog.bootstrap;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.model.access.ExternalIdentity;
import dev.runlog.domain.model.run.CalendarPeriod;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.AuthenticateUseCase;
import dev.runlog.domain.port.in.ChangePasswordCommand;
import dev.runlog.domain.port.in.ChangePasswordUseCase;
import dev.runlog.domain.port.in.ChangePreferencesCommand;
import dev.runlog.domain.port.in.ChangePreferencesUseCase;
import dev.runlog.domain.port.in.DeleteRunCommand;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.DeleteUserUseCase;
import dev.runlog.domain.port.in.EnsureAdminCommand;
import dev.runlog.domain.port.in.EnsureAdminUseCase;
import dev.runlog.domain.port.in.GetPreferencesUseCase;
import dev.runlog.domain.port.in.GetRecordsUseCase;
import dev.runlog.domain.port.in.GetRunStatsUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.GetSummariesUseCase;
import dev.runlog.domain.port.in.GetUserUseCase;
import dev.runlog.domain.port.in.IdentifyExternalUserUseCase;
import dev.runlog.domain.port.in.ImportRunsCommand;
import dev.runlog.domain.port.in.ImportRunsUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.ListUsersUseCase;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.SignInCommand;
import dev.runlog.domain.port.in.SignInUseCase;
import dev.runlog.domain.port.in.SignOutUseCase;
import dev.runlog.domain.port.in.SignUpCommand;
import dev.runlog.domain.port.in.SignUpUseCase;
import dev.runlog.domain.port.in.UpdateRunCommand;
import dev.runlog.domain.port.in.UpdateRunUseCase;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.port.in.UpdateUserUseCase;
import dev.runlog.domain.port.out.AccessTokenRepository;
import dev.runlog.domain.port.out.CredentialRepository;
import dev.runlog.domain.port.out.PasswordHasher;
import dev.runlog.domain.port.out.PreferencesRepository;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.SignInFailureRepository;
import dev.runlog.domain.port.out.UserRepository;
import dev.runlog.domain.service.AccountService;
import dev.runlog.domain.service.PreferencesService;
import dev.runlog.domain.service.RunService;
import dev.runlog.domain.service.SignInService;
import dev.runlog.domain.service.SummaryService;
import dev.runlog.domain.service.UserService;
import dev.runlog.web.PasswordController;
import dev.runlog.web.PreferencesController;
import dev.runlog.web.RunController;
import dev.runlog.web.SummaryController;
import dev.runlog.web.TokenController;
import dev.runlog.web.UserController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where transactions begin and end, on the app's real transaction manager and MariaDB.
 *
 * <p>A rename cannot drop a transaction any more. Each use case's bean in
 * {@link UseCaseConfiguration} calls its service's method inside {@link InTransaction}, or
 * outside it, as code: rename the method and the build breaks there until the call is renamed,
 * in the same place. (Transactions used to be chosen by matching method names written in a
 * string; a renamed method no longer matched and lost its transaction without a word.) What the
 * compiler cannot know is which use cases need one: that is said below, once more, by class
 * literals, and checked against what the beans do.
 */
class UseCaseTransactionsTest extends RunningAppTest {

    /** The use cases of several statements: each must run in one transaction. */
    private static final Set<Class<?>> IN_A_TRANSACTION = Set.of(
            SignUpUseCase.class,
            RegisterUserUseCase.class,
            ChangePasswordUseCase.class,
            EnsureAdminUseCase.class,
            IdentifyExternalUserUseCase.class,
            ImportRunsUseCase.class,
            UpdateRunUseCase.class,
            DeleteRunUseCase.class,
            UpdateUserUseCase.class,
            DeleteUserUseCase.class);

    /**
     * The use cases of one statement: each must run without one, in autocommit. And sign-in, of
     * several, on purpose: it records a failure and then throws, and a rollback would forget it.
     */
    private static final Set<Class<?>> WITHOUT_ONE = Set.of(
            SignInUseCase.class,
            AuthenticateUseCase.class,
            SignOutUseCase.class,
            GetUserUseCase.class,
            ListUsersUseCase.class,
            LogRunUseCase.class,
            GetRunUseCase.class,
            ListRunsUseCase.class,
            GetRunStatsUseCase.class,
            GetSummariesUseCase.class,
            GetRecordsUseCase.class,
            GetPreferencesUseCase.class,
            ChangePreferencesUseCase.class);

    /** An admin, who may reach everyone's data; the tests here are about transactions, not ownership. */
    private static final Caller ADMIN = Caller.admin(new UserId(1));

    private static final String PASSWORD = "a long enough secret";

    private static final RunDetails FIVE_K =
            RunDetails.entered().distance(5.2).mood("Happy").check();

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private UserRepository users;

    @Autowired
    private RunRepository runs;

    @Autowired
    private CredentialRepository credentials;

    @Autowired
    private AccessTokenRepository tokens;

    @Autowired
    private SignInFailureRepository signInFailures;

    @Autowired
    private PreferencesRepository preferences;

    @Autowired
    private PasswordHasher passwordHasher;

    @Autowired
    private AccessProperties access;

    @Autowired
    private ConfigurableApplicationContext context;

    @Test
    void theTwoLists_nameEveryUseCaseOnce() {
        assertThat(IN_A_TRANSACTION).doesNotContainAnyElementsOf(WITHOUT_ONE);
        assertThat(union(IN_A_TRANSACTION, WITHOUT_ONE))
                .as("a new use case must be put in one of them")
                .containsExactlyInAnyOrderElementsOf(everyUseCase());
    }

    @Test
    void useCasesOfSeveralStatementsRunInATransaction_andOneStatementOnesDoNot() {
        Recorder recorder = new Recorder();
        UseCaseConfiguration wiring = new UseCaseConfiguration(
                recorder.watching(UserRepository.class, users),
                recorder.watching(RunRepository.class, runs),
                recorder.watching(CredentialRepository.class, credentials),
                recorder.watching(AccessTokenRepository.class, tokens),
                recorder.watching(SignInFailureRepository.class, signInFailures),
                recorder.watching(PreferencesRepository.class, preferences),
                passwordHasher,
                access,
                transactionManager,
                Optional.empty()); // no replicas

        User alice = recorder.during(
                SignUpUseCase.class,
                () -> wiring.signUp().signUp(SignUpCommand.of("Alice", "alice@example.com", PASSWORD)));
        recorder.during(
                RegisterUserUseCase.class,
                () -> wiring.registerUser()
                        .register(new RegisterUserCommand(
                                ADMIN, UserDetails.of("Bob", "bob@example.com"), Optional.empty())));
        AccessToken token = recorder.during(
                SignInUseCase.class,
                () -> wiring.signIn().signIn(new SignInCommand("alice@example.com", PASSWORD, "127.0.0.1")));
        recorder.during(AuthenticateUseCase.class, () -> wiring.authenticate().callerFor(token.secret()));
        recorder.during(SignOutUseCase.class, () -> wiring.signOut().signOut(token.secret()));
        recorder.during(
                ChangePasswordUseCase.class,
                () -> wiring.changePassword()
                        .changePassword(new ChangePasswordCommand(
                                ADMIN, alice.id(), Optional.empty(), "alice's new long password")));
        recorder.during(
                EnsureAdminUseCase.class,
                () -> wiring.ensureAdmin().ensureAdmin(new EnsureAdminCommand("root@example.com", PASSWORD)));
        recorder.during(
                IdentifyExternalUserUseCase.class,
                () -> wiring.identifyExternalUser()
                        .callerFor(
                                new ExternalIdentity("https://idp.example", "carol", Email.of("carol@example.com"))));
        Run run = recorder.during(
                LogRunUseCase.class, () -> wiring.logRun().log(new LogRunCommand(ADMIN, alice.id(), FIVE_K)));
        recorder.during(
                ImportRunsUseCase.class,
                () -> wiring.importRuns()
                        .importRuns(new ImportRunsCommand(ADMIN, alice.id(), new RunBatch(List.of(FIVE_K, FIVE_K)))));
        recorder.during(GetUserUseCase.class, () -> wiring.getUser().get(ADMIN, alice.id()));
        recorder.during(ListUsersUseCase.class, () -> wiring.listUsers().list(ADMIN, PageRequest.first()));
        recorder.during(GetRunUseCase.class, () -> wiring.getRun().get(ADMIN, run.id()));
        recorder.during(
                ListRunsUseCase.class, () -> wiring.listRuns().listAll(ADMIN, RunFilter.ALL, PageRequest.first()));
        recorder.during(
                ListRunsUseCase.class,
                () -> wiring.listRuns().listForUser(ADMIN, alice.id(), RunFilter.ALL, PageRequest.first()));
        recorder.during(GetRunStatsUseCase.class, () -> wiring.getRunStats().statsOf(ADMIN, alice.id()));
        recorder.during(
                GetSummariesUseCase.class,
                () -> wiring.getSummaries().summariesOf(ADMIN, alice.id(), SummaryRequest.latest(CalendarPeriod.WEEK)));
        recorder.during(
                GetRecordsUseCase.class, () -> wiring.getRecords().recordsOf(ADMIN, alice.id(), Optional.empty()));
        recorder.during(
                GetPreferencesUseCase.class, () -> wiring.getPreferences().preferencesOf(ADMIN, alice.id()));
        recorder.during(
                ChangePreferencesUseCase.class,
                () -> wiring.changePreferences()
                        .change(new ChangePreferencesCommand(ADMIN, alice.id(), RunnerPreferences.DEFAULT)));
        recorder.during(
                UpdateRunUseCase.class,
                () -> wiring.updateRun().update(new UpdateRunCommand(ADMIN, run.id(), FIVE_K, ExpectedVersion.any())));
        recorder.during(
                DeleteRunUseCase.class,
                () -> wiring.deleteRun().delete(new DeleteRunCommand(ADMIN, run.id(), ExpectedVersion.any())));
        recorder.during(
                UpdateUserUseCase.class,
                () -> wiring.updateUser()
                        .update(new UpdateUserCommand(
                                ADMIN,
                                alice.id(),
                                UserDetails.of("Alice L.", "alice@example.com"),
                                ExpectedVersion.any())));
        recorder.during(
                DeleteUserUseCase.class,
                () -> wiring.deleteUser().delete(new DeleteUserCommand(ADMIN, alice.id(), ExpectedVersion.any())));

        assertThat(recorder.calls().stream()
                        .filter(call -> call.inTransaction() != IN_A_TRANSACTION.contains(call.useCase())))
                .as("repository calls on the wrong side of a transaction")
                .isEmpty();
        assertThat(recorder.calls().stream().map(Call::useCase).distinct())
                .as("every use case was called and reached its repository")
                .containsExactlyInAnyOrderElementsOf(everyUseCase());
    }

    @Test
    void theUseCasesTheControllersTake_areTheBeansUseCaseConfigurationBuilt() {
        Set<Class<?>> taken = Stream.of(
                        UserController.class,
                        RunController.class,
                        SummaryController.class,
                        PreferencesController.class,
                        TokenController.class,
                        PasswordController.class)
                .flatMap(controller -> Arrays.stream(controller.getConstructors()[0].getParameterTypes()))
                .filter(parameter -> parameter.getSimpleName().endsWith("UseCase")) // not the JSON mapper
                .collect(Collectors.toSet());
        // Signing in and checking tokens are the security filters' (ApiSecurity), the first admin start-up's.
        Set<Class<?>> takenElsewhere = Set.of(
                SignInUseCase.class,
                AuthenticateUseCase.class,
                IdentifyExternalUserUseCase.class,
                EnsureAdminUseCase.class);
        assertThat(union(taken, takenElsewhere)).containsExactlyInAnyOrderElementsOf(everyUseCase());

        for (Class<?> useCase : union(taken, takenElsewhere)) {
            // One candidate only. A service bean would be a second one, without the transaction, and
            // Spring would not complain: it would pick between the two by the parameter's name.
            String[] candidates = context.getBeanNamesForType(useCase);
            assertThat(candidates)
                    .as("beans that are a " + useCase.getSimpleName())
                    .hasSize(1);
            Method madeBy = ((RootBeanDefinition) context.getBeanFactory().getMergedBeanDefinition(candidates[0]))
                    .getResolvedFactoryMethod();
            assertThat(madeBy.getDeclaringClass())
                    .as("the class that made " + candidates[0])
                    .isEqualTo(UseCaseConfiguration.class);
        }
    }

    @Test
    void anUpdateThatFailsAfterWriting_leavesTheUserAsItWas() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        UserRepository failsAfterUpdating = failingAfter("update", UserRepository.class, users);
        UpdateUserUseCase updateUser = wiringOn(failsAfterUpdating, runs).updateUser();

        assertThatThrownBy(() -> updateUser.update(new UpdateUserCommand(
                        ADMIN, alice.id(), UserDetails.of("Mallory", "alice@example.com"), ExpectedVersion.any())))
                .hasMessage("fails after update");
        assertThat(users.findWithRunsById(alice.id()).orElseThrow().user())
                .as("the update was rolled back")
                .isEqualTo(alice);
    }

    @Test
    void anImportThatFailsAfterWritingThreeStatements_leavesNoneOfItsRunsBehind() {
        User alice = users.add(UserDetails.of("Alice", "alice@example.com"));
        RunRepository failsAfterAddingAll = failingAfter("addAll", RunRepository.class, runs);
        ImportRunsUseCase importRuns = wiringOn(users, failsAfterAddingAll).importRuns();
        RunBatch batch = new RunBatch(Collections.nCopies(2_500, FIVE_K));

        assertThatThrownBy(() -> importRuns.importRuns(new ImportRunsCommand(ADMIN, alice.id(), batch)))
                .hasMessage("fails after addAll");
        assertThat(storedRuns()).as("all three inserts were rolled back").isZero();
    }

    @Test
    void aTransactionThatCannotBegin_isTheStoreUnavailable_andNothingRuns() {
        DriverManagerDataSource nothingListens = new DriverManagerDataSource("jdbc:mariadb://127.0.0.1:1/runlog");
        InTransaction inTransaction = new InTransaction(new JdbcTransactionManager(nothingListens));
        List<String> done = new ArrayList<>();

        assertThatThrownBy(() -> inTransaction.run(() -> done.add("work")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasCauseInstanceOf(CannotCreateTransactionException.class);
        assertThat(done).isEmpty();
    }

    /** Every use case there is: the interfaces the domain's services implement. */
    private static Set<Class<?>> everyUseCase() {
        return Stream.of(
                        UserService.class,
                        RunService.class,
                        SummaryService.class,
                        PreferencesService.class,
                        AccountService.class,
                        SignInService.class)
                .flatMap(service -> Stream.of(service.getInterfaces()))
                .collect(Collectors.toSet());
    }

    private UseCaseConfiguration wiringOn(UserRepository userRepository, RunRepository runRepository) {
        return new UseCaseConfiguration(
                userRepository,
                runRepository,
                credentials,
                tokens,
                signInFailures,
                preferences,
                passwordHasher,
                access,
                transactionManager,
                Optional.empty()); // no replicas
    }

    private static Set<Class<?>> union(Set<Class<?>> some, Set<Class<?>> others) {
        return Stream.concat(some.stream(), others.stream()).collect(Collectors.toSet());
    }

    /** The repository, throwing after {@code failingMethod} has done its work, as a later step of a use case could. */
    private static <T> T failingAfter(String failingMethod, Class<T> port, T target) {
        return port.cast(Proxy.newProxyInstance(
                UseCaseTransactionsTest.class.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (method.getName().equals(failingMethod)) {
                        throw new IllegalStateException("fails after " + failingMethod);
                    }
                    return result;
                }));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A repository method called while a use case ran, and whether a transaction was active. */
    private record Call(Class<?> useCase, String method, boolean inTransaction) {

        @Override
        public String toString() {
            return useCase.getSimpleName() + " called " + method
                    + (inTransaction ? " in a transaction" : " without one");
        }
    }

    /** Notes every repository call, with the use case that was running. */
    private static final class Recorder {

        private final List<Call> calls = new ArrayList<>();
        private Class<?> running;

        <T> T watching(Class<T> port, T target) {
            return port.cast(Proxy.newProxyInstance(
                    UseCaseTransactionsTest.class.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
                        calls.add(new Call(
                                running,
                                method.getName(),
                                TransactionSynchronizationManager.isActualTransactionActive()));
                        return invoke(method, target, args);
                    }));
        }

        <T> T during(Class<?> useCase, Supplier<T> call) {
            running = useCase;
            try {
                return call.get();
            } finally {
                running = null;
            }
        }

        void during(Class<?> useCase, Runnable call) {
            during(useCase, () -> {
                call.run();
                return null;
            });
        }

        List<Call> calls() {
            return calls;
        }
    }
}

package dev.runlog.bootstrap;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.AuthenticateUseCase;
import dev.runlog.domain.port.in.ChangePasswordUseCase;
import dev.runlog.domain.port.in.ChangePreferencesUseCase;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.DeleteUserUseCase;
import dev.runlog.domain.port.in.EnsureAdminUseCase;
import dev.runlog.domain.port.in.GetPreferencesUseCase;
import dev.runlog.domain.port.in.GetRecordsUseCase;
import dev.runlog.domain.port.in.GetRunStatsUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.GetSummariesUseCase;
import dev.runlog.domain.port.in.GetUserUseCase;
import dev.runlog.domain.port.in.IdentifyExternalUserUseCase;
import dev.runlog.domain.port.in.ImportRunsUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.ListUsersUseCase;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.SignInUseCase;
import dev.runlog.domain.port.in.SignOutUseCase;
import dev.runlog.domain.port.in.SignUpUseCase;
import dev.runlog.domain.port.in.UpdateRunUseCase;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.Optional;

/**
 * The core: one bean per use case, each saying where its transaction begins. The controllers ask
 * for the use-case interfaces; these beans are what they get.
 *
 * <p>Use cases of several statements run {@link InTransaction}: an import writes a statement per
 * thousand runs and must store all or none; an update writes, then reads back what it wrote; a
 * delete may read after it deletes, to tell a stale version from a missing row. Every other use
 * case is one statement (one insert, or one select), which MariaDB runs atomically in autocommit
 * mode; a transaction would add three statements to each (autocommit off, commit, autocommit on)
 * and halved the throughput of logging a run (docs/benchmarks.md). StatementsPerRequestTest holds
 * every request to its minimum.
 *
 * <p>Each bean also says whether it reads or writes ({@link ReadWriteSplit}): with replicas
 * configured, {@code split.read} may send its statements to a replica, {@code split.write} keeps
 * them on the primary and tells the client the position to read after (ADR 25). The token check
 * is neither, on purpose: it stays on the primary, where a token signed out is gone at once.
 * Without replicas both are the one database.
 *
 * <p>Each bean calls its service's method by name, in code the compiler checks: renaming a use
 * case's method breaks this file until the call is renamed too, inside its transaction or not.
 *
 * <p>The services are fields, not beans: each implements several use cases, so a bean of
 * {@link UserService} would be a second candidate for every one of them, one without its
 * transaction, and Spring would quietly choose between the two by the parameter's name.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    private final UserService users;
    private final RunService runs;
    private final SummaryService summaries;
    private final PreferencesService preferences;
    private final AccountService accounts;
    private final SignInService signIns;
    private final InTransaction inTransaction;
    private final ReadWriteSplit split;

    UseCaseConfiguration(
            UserRepository userRepository,
            RunRepository runRepository,
            CredentialRepository credentialRepository,
            AccessTokenRepository tokenRepository,
            SignInFailureRepository signInFailureRepository,
            PreferencesRepository preferencesRepository,
            PasswordHasher passwordHasher,
            AccessProperties access,
            PlatformTransactionManager transactionManager,
            Optional<ReadWriteSplit> replicas) {
        this.users = new UserService(userRepository);
        // "Today", for runs logged without a date, is taken in the runner's zone, not the server's.
        this.runs = new RunService(runRepository, userRepository, preferencesRepository, Clock.systemUTC());
        this.summaries = new SummaryService(runRepository, preferencesRepository, Clock.systemUTC());
        this.preferences = new PreferencesService(preferencesRepository);
        this.accounts = new AccountService(
                userRepository, credentialRepository, tokenRepository, passwordHasher, access.signUp());
        this.signIns = new SignInService(
                credentialRepository,
                tokenRepository,
                signInFailureRepository,
                passwordHasher,
                Clock.systemUTC(),
                access.tokenLifetime());
        this.inTransaction = new InTransaction(transactionManager);
        this.split = replicas.orElseGet(ReadWriteSplit::primaryOnly);
    }

    // Signing up, in and out, and passwords.

    @Bean
    SignUpUseCase signUp() {
        return command -> split.write(() -> inTransaction.run(() -> accounts.signUp(command))); // user, then password
    }

    @Bean
    RegisterUserUseCase registerUser() {
        return command -> split.write(() -> inTransaction.run(() -> accounts.register(command)));
    }

    /**
     * Not in a transaction, on purpose: a failed sign-in records the failure and then throws, and a
     * rollback would forget the failure, so repeated guessing would never be slowed down.
     */
    @Bean
    SignInUseCase signIn() {
        return command -> split.write(() -> signIns.signIn(command)); // a token, on the primary
    }

    @Bean
    AuthenticateUseCase authenticate() {
        return signIns::callerFor; // one select, on every signed-in request
    }

    @Bean
    SignOutUseCase signOut() {
        return token -> split.write(() -> signIns.signOut(token)); // one delete
    }

    @Bean
    ChangePasswordUseCase changePassword() {
        return command -> split.write(() -> inTransaction.run(() -> accounts.changePassword(command))); // old tokens go
    }

    @Bean
    EnsureAdminUseCase ensureAdmin() {
        return command -> inTransaction.run(() -> accounts.ensureAdmin(command));
    }

    @Bean
    IdentifyExternalUserUseCase identifyExternalUser() {
        // A write the first time: the request's own reads, right after, must see the user it added.
        return identity -> split.write(() -> inTransaction.run(() -> accounts.callerFor(identity))); // find, or add
    }

    // The user's use cases.

    @Bean
    GetUserUseCase getUser() {
        return (caller, id) -> split.read(() -> users.get(caller, id)); // one select
    }

    @Bean
    ListUsersUseCase listUsers() {
        return (caller, page) -> split.read(() -> users.list(caller, page)); // one select
    }

    @Bean
    UpdateUserUseCase updateUser() {
        return command -> split.write(() -> inTransaction.run(() -> users.update(command)));
    }

    @Bean
    DeleteUserUseCase deleteUser() {
        return command -> split.write(() -> inTransaction.run(() -> users.delete(command)));
    }

    // The runs' use cases.

    /**
     * One insert: autocommit. A run without a date, or whose start has no offset, needs the
     * runner's zone: one select of their preferences first, which needs no snapshot shared with
     * the insert (a zone changed in between would have been as good a moment earlier).
     */
    @Bean
    LogRunUseCase logRun() {
        return command -> split.write(() -> runs.log(command));
    }

    @Bean
    ImportRunsUseCase importRuns() {
        return command -> split.write(() -> inTransaction.run(() -> runs.importRuns(command)));
    }

    @Bean
    GetRunUseCase getRun() {
        return (caller, id) -> split.read(() -> runs.get(caller, id)); // one select
    }

    /**
     * One select each. Two methods, so not a lambda. An empty page of one user's runs is followed
     * by a second select ("does the user exist?"), which needs no snapshot shared with the first:
     * it only decides between a 404 and an empty page.
     */
    @Bean
    ListRunsUseCase listRuns() {
        return new ListRunsUseCase() {
            @Override
            public Page<Run> listAll(Caller caller, RunFilter filter, PageRequest page) {
                return split.read(() -> runs.listAll(caller, filter, page));
            }

            @Override
            public Page<Run> listForUser(Caller caller, UserId userId, RunFilter filter, PageRequest page) {
                return split.read(() -> runs.listForUser(caller, userId, filter, page));
            }
        };
    }

    @Bean
    UpdateRunUseCase updateRun() {
        return command -> split.write(() -> inTransaction.run(() -> runs.update(command)));
    }

    @Bean
    DeleteRunUseCase deleteRun() {
        return command -> split.write(() -> inTransaction.run(() -> runs.delete(command)));
    }

    @Bean
    GetRunStatsUseCase getRunStats() {
        return (caller, userId) -> split.read(() -> runs.statsOf(caller, userId)); // one select
    }

    // Summaries, records and preferences.

    /** Two selects (the runner's preferences, then the day tallies), each answer whole on its own. */
    @Bean
    GetSummariesUseCase getSummaries() {
        return (caller, userId, request) -> split.read(() -> summaries.summariesOf(caller, userId, request));
    }

    /** Two selects (the runner's preferences, then the record holders). */
    @Bean
    GetRecordsUseCase getRecords() {
        return (caller, userId, unit) -> split.read(() -> summaries.recordsOf(caller, userId, unit));
    }

    @Bean
    GetPreferencesUseCase getPreferences() {
        return (caller, userId) -> split.read(() -> preferences.preferencesOf(caller, userId)); // one select
    }

    @Bean
    ChangePreferencesUseCase changePreferences() {
        return command -> split.write(() -> preferences.change(command)); // one update: autocommit
    }
}

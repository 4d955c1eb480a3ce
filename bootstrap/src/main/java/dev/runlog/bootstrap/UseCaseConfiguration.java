package dev.runlog.bootstrap;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.DeleteUserUseCase;
import dev.runlog.domain.port.in.GetRunStatsUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.GetUserUseCase;
import dev.runlog.domain.port.in.ImportRunsUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.ListUsersUseCase;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.UpdateRunUseCase;
import dev.runlog.domain.port.in.UpdateUserUseCase;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import dev.runlog.domain.service.RunService;
import dev.runlog.domain.service.UserService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

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
    private final InTransaction inTransaction;

    UseCaseConfiguration(
            UserRepository userRepository, RunRepository runRepository, PlatformTransactionManager transactionManager) {
        this.users = new UserService(userRepository);
        // "Today", for runs logged without a date, in the server's time zone.
        this.runs = new RunService(runRepository, userRepository, Clock.systemDefaultZone());
        this.inTransaction = new InTransaction(transactionManager);
    }

    // The user's use cases.

    @Bean
    RegisterUserUseCase registerUser() {
        return users::register; // one insert: autocommit
    }

    @Bean
    GetUserUseCase getUser() {
        return users::get; // one select
    }

    @Bean
    ListUsersUseCase listUsers() {
        return users::list; // one select
    }

    @Bean
    UpdateUserUseCase updateUser() {
        return command -> inTransaction.run(() -> users.update(command));
    }

    @Bean
    DeleteUserUseCase deleteUser() {
        return command -> inTransaction.run(() -> users.delete(command));
    }

    // The runs' use cases.

    @Bean
    LogRunUseCase logRun() {
        return runs::log; // one insert: autocommit
    }

    @Bean
    ImportRunsUseCase importRuns() {
        return command -> inTransaction.run(() -> runs.importRuns(command));
    }

    @Bean
    GetRunUseCase getRun() {
        return runs::get; // one select
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
            public Page<Run> listAll(RunFilter filter, PageRequest page) {
                return runs.listAll(filter, page);
            }

            @Override
            public Page<Run> listForUser(UserId userId, RunFilter filter, PageRequest page) {
                return runs.listForUser(userId, filter, page);
            }
        };
    }

    @Bean
    UpdateRunUseCase updateRun() {
        return command -> inTransaction.run(() -> runs.update(command));
    }

    @Bean
    DeleteRunUseCase deleteRun() {
        return command -> inTransaction.run(() -> runs.delete(command));
    }

    @Bean
    GetRunStatsUseCase getRunStats() {
        return runs::statsOf; // one select
    }
}

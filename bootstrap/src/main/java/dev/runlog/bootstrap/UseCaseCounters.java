package dev.runlog.bootstrap;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.port.in.ImportRunsUseCase;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.SignUpUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.util.function.SingletonSupplier;

import java.util.List;
import java.util.function.Supplier;

/**
 * What Runlog's runners did, counted as each use case returns (a use case that fails counts
 * nothing): runs logged, one by one or imported ({@value #RUNS_LOGGED}), users registered, by
 * themselves or by an admin ({@value #USERS_REGISTERED}), imports ({@value #IMPORTS}) and how many
 * runs each held ({@value #IMPORT_SIZE}). Tagged with the use case, as its timer is.
 *
 * <p>Written out per use case rather than read from the arguments by reflection: the compiler
 * checks each one, and renaming a use case's method breaks this file until it follows.
 */
final class UseCaseCounters {

    static final String RUNS_LOGGED = "runlog.runs.logged";
    static final String USERS_REGISTERED = "runlog.users.registered";
    static final String IMPORTS = "runlog.imports";
    static final String IMPORT_SIZE = "runlog.import.size";

    private final Supplier<MeterRegistry> registry;

    UseCaseCounters(Supplier<MeterRegistry> registry) {
        this.registry = registry;
    }

    /** The use case, counting what it does if it is one that adds runs or users; else the same bean. */
    Object counting(Object useCase) {
        if (useCase instanceof LogRunUseCase logRun) {
            Supplier<Counter> runsLogged = counter(RUNS_LOGGED, "LogRun");
            return (LogRunUseCase) command -> {
                Run run = logRun.log(command);
                runsLogged.get().increment();
                return run;
            };
        }
        if (useCase instanceof ImportRunsUseCase importRuns) {
            Supplier<Counter> runsLogged = counter(RUNS_LOGGED, "ImportRuns");
            Supplier<Counter> imports = counter(IMPORTS, "ImportRuns");
            Supplier<DistributionSummary> importSize =
                    SingletonSupplier.of(() -> DistributionSummary.builder(IMPORT_SIZE)
                            .description("Runs in each import")
                            .baseUnit("runs")
                            .register(registry.get()));
            return (ImportRunsUseCase) command -> {
                List<Run> runs = importRuns.importRuns(command);
                runsLogged.get().increment(runs.size());
                imports.get().increment();
                importSize.get().record(runs.size());
                return runs;
            };
        }
        if (useCase instanceof SignUpUseCase signUp) {
            Supplier<Counter> usersRegistered = counter(USERS_REGISTERED, "SignUp");
            return (SignUpUseCase) command -> {
                User user = signUp.signUp(command);
                usersRegistered.get().increment();
                return user;
            };
        }
        if (useCase instanceof RegisterUserUseCase registerUser) {
            Supplier<Counter> usersRegistered = counter(USERS_REGISTERED, "RegisterUser");
            return (RegisterUserUseCase) command -> {
                User user = registerUser.register(command);
                usersRegistered.get().increment();
                return user;
            };
        }
        return useCase;
    }

    /**
     * Registered at its first use, as the registry is made after the use cases are wrapped, and then
     * kept by the wrapper: a run logged neither builds the counter's id nor looks it up.
     */
    private Supplier<Counter> counter(String name, String useCase) {
        return SingletonSupplier.of(() ->
                Counter.builder(name).tag(ObservedUseCase.USE_CASE_KEY, useCase).register(registry.get()));
    }
}

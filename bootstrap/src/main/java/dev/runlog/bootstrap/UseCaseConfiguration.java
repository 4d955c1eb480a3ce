package dev.runlog.bootstrap;

import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import dev.runlog.domain.service.RunService;
import dev.runlog.domain.service.UserService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionManager;

import java.time.Clock;

/**
 * The core: the domain's services, built with their ports by plain constructor calls (the domain
 * knows nothing of Spring), each wrapped by {@link UseCaseTransactions} so that every use case of
 * more than one statement runs in one transaction. The controllers ask for the use-case
 * interfaces; these beans are what they get.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    UseCaseTransactions useCaseTransactions(TransactionManager transactionManager) {
        return new UseCaseTransactions(transactionManager);
    }

    @Bean
    UserService userService(UserRepository users, UseCaseTransactions transactions) {
        return transactions.wrap(new UserService(users));
    }

    @Bean
    RunService runService(RunRepository runs, UserRepository users, Clock clock, UseCaseTransactions transactions) {
        return transactions.wrap(new RunService(runs, users, clock));
    }

    /** What "today" is, for runs logged without a date: the server's time zone. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

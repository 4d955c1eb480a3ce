package dev.runlog.domain.port.in.violation;

import dev.runlog.domain.port.out.UserRepository;

/**
 * Breaks the inbound-port rule on purpose (a use case handing out a repository);
 * see ArchitectureRulesCatchViolationsTest.
 */
public interface ExposeRepositoryUseCase {

    UserRepository repository();
}

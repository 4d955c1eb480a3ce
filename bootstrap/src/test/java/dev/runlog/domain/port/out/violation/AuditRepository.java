package dev.runlog.domain.port.out.violation;

import dev.runlog.domain.port.in.RegisterUserUseCase;

/**
 * Breaks the outbound-port rule on purpose (a repository port knowing a use case);
 * see ArchitectureRulesCatchViolationsTest.
 */
public interface AuditRepository {

    void recordRegistrationsOf(RegisterUserUseCase useCase);
}

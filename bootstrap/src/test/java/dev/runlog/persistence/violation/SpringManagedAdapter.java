package dev.runlog.persistence.violation;

import org.springframework.stereotype.Repository;

/** Breaks the Spring rule on purpose (a Spring annotation in persistence); see ArchitectureRulesCatchViolationsTest. */
@Repository
public class SpringManagedAdapter {
}

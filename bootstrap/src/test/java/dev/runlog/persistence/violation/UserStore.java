package dev.runlog.persistence.violation;

import dev.runlog.domain.port.out.UserRepository;

/** Breaks the adapter naming rule on purpose (not named for its port); see ArchitectureRulesCatchViolationsTest. */
public abstract class UserStore implements UserRepository {}

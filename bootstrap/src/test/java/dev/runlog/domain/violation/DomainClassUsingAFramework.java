package dev.runlog.domain.violation;

import org.springframework.stereotype.Service;

/** Breaks the domain rule on purpose (a framework annotation in the domain); see ArchitectureRulesCatchViolationsTest. */
@Service
public class DomainClassUsingAFramework {
}

package dev.runlog.domain.service.violation;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Breaks the Spring Security rule on purpose (a service that finds its caller in Spring's
 * thread-local instead of taking it as an input); see ArchitectureRulesCatchViolationsTest.
 */
public class ServiceAskingSpringWhoIsCalling {

    public String caller() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}

package dev.runlog.domain.model.violation;

import dev.runlog.domain.port.out.UserRepository;

/**
 * Breaks the model rule and the diagram on purpose (the model reaching a port);
 * see ArchitectureRulesCatchViolationsTest.
 */
public class ModelUsingAPort {

    public boolean isStored(UserRepository users) {
        return users != null;
    }
}

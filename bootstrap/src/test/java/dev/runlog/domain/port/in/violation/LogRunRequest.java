package dev.runlog.domain.port.in.violation;

/**
 * Breaks the command rule on purpose (a mutable class, not a record named ...Command); see
 * ArchitectureRulesCatchViolationsTest.
 */
public class LogRunRequest {

    public Double distance;
}

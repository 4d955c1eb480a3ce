package dev.runlog.domain.port.in.violation;

/** Breaks the use-case naming rule on purpose (no UseCase suffix); see ArchitectureRulesCatchViolationsTest. */
public interface RegisterRunner {

    void register(String name);
}

package dev.runlog.violation.cycle.first;

import dev.runlog.violation.cycle.second.Second;

/** With {@link Second}, breaks the no-cycles rule on purpose; see ArchitectureRulesCatchViolationsTest. */
public class First {

    public Second next() {
        return new Second();
    }
}

package dev.runlog.violation.cycle.second;

import dev.runlog.violation.cycle.first.First;

/** With {@link First}, breaks the no-cycles rule on purpose; see ArchitectureRulesCatchViolationsTest. */
public class Second {

    public First back() {
        return new First();
    }
}

package dev.runlog.domain.model.user.violation;

import dev.runlog.domain.model.run.Run;

import java.util.List;

/** Breaks the model's one-way rule on purpose (a user that knows runs); see ArchitectureRulesCatchViolationsTest. */
public class UserCountingRuns {

    public int count(List<Run> runs) {
        return runs.size();
    }
}

package dev.runlog.web.violation;

import java.sql.SQLTransientConnectionException;

/**
 * Breaks the web adapter's storage rule on purpose (it knows the driver's exceptions); see
 * ArchitectureRulesCatchViolationsTest.
 */
public class AdviceKnowingTheDatabase {

    public int statusOf(Exception e) {
        return e instanceof SQLTransientConnectionException ? 503 : 500;
    }
}

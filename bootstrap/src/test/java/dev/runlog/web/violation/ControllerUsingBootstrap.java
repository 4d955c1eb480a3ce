package dev.runlog.web.violation;

import dev.runlog.bootstrap.RunlogApplication;

/** Breaks the bootstrap rule on purpose (an adapter knowing the app); see ArchitectureRulesCatchViolationsTest. */
public class ControllerUsingBootstrap {

    public String application() {
        return RunlogApplication.class.getName();
    }
}

package dev.runlog.web.violation;

import dev.runlog.domain.port.in.RegisterUserUseCase;
import org.springframework.beans.factory.annotation.Autowired;

/** Breaks the field injection rule on purpose; see ArchitectureRulesCatchViolationsTest. */
public class ControllerWithFieldInjection {

    @Autowired
    private RegisterUserUseCase registerUser;

    public boolean ready() {
        return registerUser != null;
    }
}

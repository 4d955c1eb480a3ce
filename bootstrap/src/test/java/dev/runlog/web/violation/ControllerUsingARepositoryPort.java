package dev.runlog.web.violation;

import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.out.UserRepository;

/** Breaks the web rule on purpose (a controller skipping the use cases); see ArchitectureRulesCatchViolationsTest. */
public class ControllerUsingARepositoryPort {

    private final UserRepository users;

    public ControllerUsingARepositoryPort(UserRepository users) {
        this.users = users;
    }

    public boolean exists(long id) {
        return users.exists(new UserId(id));
    }
}

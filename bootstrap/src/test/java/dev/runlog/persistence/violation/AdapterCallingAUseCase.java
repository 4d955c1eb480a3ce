package dev.runlog.persistence.violation;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.RegisterUserUseCase;

import java.util.Optional;

/** Breaks the persistence rule on purpose (storage calling a use case); see ArchitectureRulesCatchViolationsTest. */
public class AdapterCallingAUseCase {

    public void seed(RegisterUserUseCase registerUser) {
        registerUser.register(new RegisterUserCommand(
                Caller.admin(new UserId(1)), UserDetails.of("Seed", "seed@example.com"), Optional.empty()));
    }
}

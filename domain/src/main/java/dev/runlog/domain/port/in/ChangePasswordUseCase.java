package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Sets a user's password, and revokes every token issued before. */
public interface ChangePasswordUseCase {

    /**
     * @throws UserNotFoundException  if no user has the id, or the caller may not access them
     * @throws InvalidValueException  if the current password is missing or wrong (for a runner), or
     *                                the new one breaks a rule
     */
    void changePassword(ChangePasswordCommand command);
}

package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Shows how a runner reads their log. */
public interface GetPreferencesUseCase {

    /**
     * The runner's preferences; the defaults until they chose any.
     *
     * @throws UserNotFoundException if no user has this id, or the caller may not access them
     */
    RunnerPreferences preferencesOf(Caller caller, UserId userId);
}

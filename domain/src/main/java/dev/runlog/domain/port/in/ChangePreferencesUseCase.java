package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.user.UserNotFoundException;

/** Changes how a runner reads their log. */
public interface ChangePreferencesUseCase {

    /**
     * Replaces the runner's preferences.
     *
     * @return the preferences as now kept
     * @throws UserNotFoundException if no such user, or the caller may not access them
     */
    RunnerPreferences change(ChangePreferencesCommand command);
}

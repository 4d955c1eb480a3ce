package dev.runlog.domain.port.out;

import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.user.UserId;

import java.util.Optional;

/** Where each runner's preferences are kept, beside the runner. */
public interface PreferencesRepository {

    /** The user's preferences, the defaults if they chose none; empty if no user has this id. */
    Optional<RunnerPreferences> findByUser(UserId user);

    /**
     * Replaces the user's preferences.
     *
     * @return false if no user has this id
     */
    boolean save(UserId user, RunnerPreferences preferences);
}

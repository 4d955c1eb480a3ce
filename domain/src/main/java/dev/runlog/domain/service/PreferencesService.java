package dev.runlog.domain.service;

import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.ChangePreferencesCommand;
import dev.runlog.domain.port.in.ChangePreferencesUseCase;
import dev.runlog.domain.port.in.GetPreferencesUseCase;
import dev.runlog.domain.port.out.PreferencesRepository;

import java.util.Objects;

/** The preferences use cases: a runner's own, or any runner's for an admin. */
public class PreferencesService implements GetPreferencesUseCase, ChangePreferencesUseCase {

    private final PreferencesRepository preferences;

    public PreferencesService(PreferencesRepository preferences) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    @Override
    public RunnerPreferences preferencesOf(Caller caller, UserId userId) {
        Access.requireAccessToUser(caller, userId);
        return preferences.findByUser(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }

    @Override
    public RunnerPreferences change(ChangePreferencesCommand command) {
        Access.requireAccessToUser(command.caller(), command.user());
        if (!preferences.save(command.user(), command.preferences())) {
            throw new UserNotFoundException(command.user());
        }
        return command.preferences();
    }
}

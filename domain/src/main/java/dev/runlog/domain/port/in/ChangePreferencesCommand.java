package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;

import java.util.Objects;

/**
 * What changing a runner's preferences takes.
 *
 * @param caller      who is changing them: the runner themselves or an admin
 * @param user        whose preferences
 * @param preferences the new preferences, whole
 */
public record ChangePreferencesCommand(Caller caller, UserId user, RunnerPreferences preferences) {

    public ChangePreferencesCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(preferences, "preferences");
    }
}

package dev.runlog.domain.service;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;

/** How the services apply the ownership rule, {@link Caller#mayAccess}, to a user's data. */
final class Access {

    private Access() {}

    /** Another runner's user is reported exactly as a missing one, so ids reveal nothing. */
    static void requireAccessToUser(Caller caller, UserId user) {
        if (!caller.mayAccess(user)) {
            throw new UserNotFoundException(user);
        }
    }
}

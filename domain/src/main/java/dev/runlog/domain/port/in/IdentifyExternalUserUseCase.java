package dev.runlog.domain.port.in;

import dev.runlog.domain.model.access.ExternalIdentity;
import dev.runlog.domain.model.user.Caller;

/** Maps a user an external identity provider vouches for to a Runlog user. */
public interface IdentifyExternalUserUseCase {

    /**
     * The caller this identity is: the user linked to it, or, the first time, the user with its email
     * (created as a runner if there is none), linked from then on.
     */
    Caller callerFor(ExternalIdentity identity);
}

package dev.runlog.domain.port.in;

import dev.runlog.domain.model.user.Caller;

import java.util.Optional;

/** Tells who a bearer token speaks for: the check every signed-in request makes. */
public interface AuthenticateUseCase {

    /** The caller for this token; empty if it is malformed, unknown, revoked or expired. */
    Optional<Caller> callerFor(String bearerToken);
}

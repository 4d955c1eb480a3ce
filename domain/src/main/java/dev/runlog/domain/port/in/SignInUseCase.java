package dev.runlog.domain.port.in;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.model.access.SignInFailedException;
import dev.runlog.domain.model.access.TooManySignInsException;

/** Trades an email and password for a bearer token. */
public interface SignInUseCase {

    /**
     * A new token for the user with this email and password.
     *
     * @throws SignInFailedException    if they sign no one in (whatever the reason)
     * @throws TooManySignInsException  if this client failed too often for this account lately
     */
    AccessToken signIn(SignInCommand command);
}

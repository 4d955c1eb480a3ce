package dev.runlog.web;

import dev.runlog.domain.model.shared.StoreUnavailableException;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A token or password could not be checked because the database is away: a 503 to retry, not a
 * 401 that would tell the client its credentials are wrong.
 */
final class StoreUnavailableAuthenticationException extends AuthenticationServiceException {

    StoreUnavailableAuthenticationException(StoreUnavailableException cause) {
        super(cause.getMessage(), cause);
    }
}

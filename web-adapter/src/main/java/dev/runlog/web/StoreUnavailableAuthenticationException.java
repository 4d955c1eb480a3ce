package dev.runlog.web;

import dev.runlog.domain.model.shared.StoreUnavailableException;
import org.springframework.security.core.AuthenticationException;

/**
 * A token or password could not be checked because the database is away: a 503 to retry, not a
 * 401 that would tell the client its credentials are wrong. Not an AuthenticationServiceException,
 * which Spring Security's bearer-token filter rethrows past the entry point that answers 503.
 */
final class StoreUnavailableAuthenticationException extends AuthenticationException {

    StoreUnavailableAuthenticationException(StoreUnavailableException cause) {
        super(cause.getMessage(), cause);
    }
}

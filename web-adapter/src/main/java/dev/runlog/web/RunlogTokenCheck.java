package dev.runlog.web;

import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.domain.port.in.AuthenticateUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Checks a bearer token Runlog issued, through the domain's {@link AuthenticateUseCase}: one
 * look-up, which also reads the caller's role. Spring Security's bearer-token filter calls it for
 * every request that carries a token and is not a JWT of an external provider.
 */
final class RunlogTokenCheck implements AuthenticationProvider {

    private final AuthenticateUseCase authenticate;

    RunlogTokenCheck(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        try {
            return authenticate
                    .callerFor(token)
                    .map(CallerAuthentication::new)
                    .orElseThrow(() -> new InvalidBearerTokenException(SecurityProblems.INVALID_TOKEN));
        } catch (StoreUnavailableException e) {
            throw new StoreUnavailableAuthenticationException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

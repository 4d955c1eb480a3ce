package dev.runlog.web;

import dev.runlog.domain.model.access.ExternalIdentity;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.port.in.IdentifyExternalUserUseCase;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * JWTs of an external identity provider: the {@link JwtDecoder} the app is given checks the
 * signature, issuer, audience and expiry (the application decides which, from the provider's
 * configuration); this maps the token's subject to a Runlog user through the domain's
 * {@link IdentifyExternalUserUseCase}.
 */
final class ExternalTokenCheck {

    private ExternalTokenCheck() {}

    static JwtAuthenticationProvider provider(JwtDecoder decoder, IdentifyExternalUserUseCase identifyExternalUser) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt -> new CallerAuthentication(identify(jwt, identifyExternalUser)));
        return provider;
    }

    /** A JWT has three dot-separated parts; Runlog's own tokens have none. */
    static boolean isJwt(Authentication authentication) {
        return authentication instanceof BearerTokenAuthenticationToken bearer
                && bearer.getToken().chars().filter(c -> c == '.').count() == 2;
    }

    private static Caller identify(Jwt jwt, IdentifyExternalUserUseCase identifyExternalUser) {
        String email = jwt.getClaimAsString("email");
        if (jwt.getIssuer() == null || jwt.getSubject() == null || email == null) {
            throw new InvalidBearerTokenException("The token must name its issuer, subject and email.");
        }
        try {
            return identifyExternalUser.callerFor(
                    new ExternalIdentity(jwt.getIssuer().toString(), jwt.getSubject(), Email.of(email)));
        } catch (InvalidValueException e) {
            throw new InvalidBearerTokenException("The token's email claim is not a usable address.");
        } catch (StoreUnavailableException e) {
            throw new StoreUnavailableAuthenticationException(e);
        }
    }
}

package dev.runlog.web;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.model.access.SignInFailedException;
import dev.runlog.domain.model.access.TooManySignInsException;
import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.domain.port.in.SignInCommand;
import dev.runlog.domain.port.in.SignInUseCase;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.List;

/**
 * Signs in with the email and password of an HTTP Basic header, through the domain's
 * {@link SignInUseCase}, which checks them, slows down repeated failures and issues the token
 * that {@link TokenController} hands out. Spring Security's Basic filter calls it, on
 * {@code POST /api/tokens} only.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final SignInUseCase signIn;

    PasswordSignIn(SignInUseCase signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        SignInCommand command = new SignInCommand(
                authentication.getName(), String.valueOf(authentication.getCredentials()), clientAddress);
        try {
            return new SignedIn(signIn.signIn(command));
        } catch (SignInFailedException e) {
            throw new BadCredentialsException(e.getMessage());
        } catch (TooManySignInsException e) {
            throw new Throttled(e);
        } catch (StoreUnavailableException e) {
            throw new StoreUnavailableAuthenticationException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A successful sign-in: its principal is the token just issued, for the controller to answer with. */
    static final class SignedIn extends AbstractAuthenticationToken {

        private final AccessToken token;

        SignedIn(AccessToken token) {
            super(List.of());
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public AccessToken getPrincipal() {
            return token;
        }

        @Override
        public Object getCredentials() {
            return "";
        }
    }

    /** Too many failures lately: answered with 429 and how long to wait. */
    static final class Throttled extends AuthenticationException {

        private final Duration retryAfter;

        Throttled(TooManySignInsException cause) {
            super(cause.getMessage(), cause);
            this.retryAfter = cause.retryAfter();
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}

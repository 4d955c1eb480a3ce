package dev.runlog.web;

import dev.runlog.domain.model.user.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * A signed-in request as Spring Security holds it, whichever token it came with: its principal is
 * the domain's {@link Caller}, which controllers pass to the use cases as it is. The authority
 * ({@code ROLE_RUNNER} or {@code ROLE_ADMIN}) is for Spring's own checks; the domain decides on
 * the caller alone.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    /** The token is not kept once checked, so it cannot leak from here. */
    @Override
    public Object getCredentials() {
        return "";
    }
}

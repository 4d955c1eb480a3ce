package dev.runlog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * Spring Security's refusals as problems, like every other error: 401 with its challenge, 403, 429
 * and 503. Spring's own entry points set the {@code WWW-Authenticate} header; these add the
 * problem, written by {@link Problems} with its status. No detail names the token or password that was sent.
 */
final class SecurityProblems {

    static final String INVALID_TOKEN = "The token is malformed, unknown, expired or revoked; sign in for a new one.";

    private SecurityProblems() {}

    /** For every request but sign-in: 401 with a {@code WWW-Authenticate: Bearer} challenge. */
    static AuthenticationEntryPoint forBearerTokens() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, failure) -> {
            if (answeredAsOutage(request, response, failure)) {
                return;
            }
            challenge.commence(request, response, failure);
            write(request, response, Problems.unauthenticated(bearerDetail(request)));
        };
    }

    /** For sign-in: 401 with a {@code WWW-Authenticate: Basic} challenge, or 429 after too many failures. */
    static AuthenticationEntryPoint forSignIn() {
        return (request, response, failure) -> {
            if (answeredAsOutage(request, response, failure)) {
                return;
            }
            if (failure instanceof PasswordSignIn.Throttled throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, seconds(throttled));
                write(request, response, Problems.tooManySignIns(throttled.getMessage()));
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Runlog\", charset=\"UTF-8\"");
            write(request, response, Problems.signInFailed());
        };
    }

    /** A signed-in caller asking for what their role does not allow: 403. */
    static AccessDeniedHandler accessDenied() {
        BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
        return (request, response, denied) -> {
            challenge.handle(request, response, denied);
            write(request, response, Problems.notAllowed("Your role does not allow this request."));
        };
    }

    private static boolean answeredAsOutage(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (!(failure instanceof StoreUnavailableAuthenticationException)) {
            return false;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, ProblemDetailsAdvice.RETRY_AFTER_SECONDS);
        write(request, response, Problems.storeUnavailable());
        return true;
    }

    private static String bearerDetail(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "Send Authorization: Bearer <token>; POST /api/tokens with your email and password gives one."
                : INVALID_TOKEN;
    }

    private static String seconds(PasswordSignIn.Throttled throttled) {
        long seconds = throttled.retryAfter().toSeconds();
        return String.valueOf(throttled.retryAfter().toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Problems.write(Problems.at(problem, request.getRequestURI()), response);
    }
}

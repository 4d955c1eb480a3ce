package dev.runlog.web;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.port.in.SignOutUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tokens resource: signing in and out. The email and password are checked before this runs, by
 * Spring Security's Basic filter and {@link PasswordSignIn}, which also issued the token.
 */
@RestController
@Tag(name = "Tokens")
@RequestMapping(path = ApiSecurity.SIGN_IN_PATH, produces = "application/json")
public class TokenController {

    private final SignOutUseCase signOut;
    private final DefaultBearerTokenResolver bearerTokens = new DefaultBearerTokenResolver();

    public TokenController(SignOutUseCase signOut) {
        this.signOut = signOut;
    }

    @Operation(
            operationId = "signIn",
            summary = "Sign in: trade your email and password for a bearer token",
            description = "HTTP Basic with your email (any case) and password. After 5 failures for one account "
                    + "from one address within 15 minutes, that address waits (429 with Retry-After).")
    @ApiResponse(responseCode = "201", description = "Signed in: send the token as Authorization: Bearer <token>")
    @PostMapping
    public ResponseEntity<TokenResponse> signIn(@AuthenticationPrincipal AccessToken token) {
        return ResponseEntity.status(HttpStatus.CREATED).body(TokenResponse.from(token));
    }

    @Operation(operationId = "signOut", summary = "Sign out: the token of this request stops working at once")
    @ApiResponse(responseCode = "204", description = "Signed out")
    // Answers nothing or a problem: a client that accepts only problems must not be refused with 406.
    @DeleteMapping(
            path = "/current",
            produces = {"application/json", "application/problem+json"})
    public ResponseEntity<Void> signOut(HttpServletRequest request) {
        signOut.signOut(bearerTokens.resolve(request));
        return ResponseEntity.noContent().build();
    }
}

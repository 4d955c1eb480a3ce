package dev.runlog.benchmark.floor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor's bearer-token check: the work Runlog's token check does, by hand. The token from the
 * Authorization header, its shape ("rl_" and 43 base64url characters), the SHA-256 of it in hex,
 * and Runlog's one statement: the stored token by its digest, joined with its user for the role;
 * expired is refused as Runlog refuses it. No token, or none that signs anyone in: 401. The caller
 * goes to the handlers as a request attribute. With {@code floor.token-check=false} nothing is read
 * or looked up and every request acts as an admin: the floor as it was before sign-in, which the
 * benchmark measures beside it to give what the check costs.
 */
@Component
class FloorTokenCheck extends OncePerRequestFilter {

    /** The request attribute holding the {@link FloorCaller}. */
    static final String CALLER = "dev.runlog.benchmark.floor.caller";

    private static final Pattern BEARER = Pattern.compile("(?i)Bearer (rl_[A-Za-z0-9_-]{43})");

    private final JdbcClient jdbc;
    private final boolean checking;

    FloorTokenCheck(JdbcClient jdbc, @Value("${floor.token-check:true}") boolean checking) {
        this.jdbc = jdbc;
        this.checking = checking;
    }

    /** Who a request acts for; {@code admin} may reach every user's data, a runner only their own. */
    record FloorCaller(long user, boolean admin) {

        /** The caller of every request when tokens are not checked. */
        static final FloorCaller UNCHECKED = new FloorCaller(0, true);

        boolean mayAccess(long owner) {
            return admin || user == owner;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<FloorCaller> caller =
                checking ? callerFor(request.getHeader("Authorization")) : Optional.of(FloorCaller.UNCHECKED);
        if (caller.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            return;
        }
        request.setAttribute(CALLER, caller.get());
        chain.doFilter(request, response);
    }

    private Optional<FloorCaller> callerFor(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher token = BEARER.matcher(authorization);
        if (!token.matches()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return jdbc.sql("""
                        select t.digest, t.user_id, u.role, t.expires_at
                        from access_token t
                        join user u on u.id = t.user_id
                        where t.digest = ?""")
                .param(sha256Hex(token.group(1)))
                .query((rows, number) -> new StoredToken(
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .optional()
                .filter(stored -> now.isBefore(stored.expiresAt()))
                .map(stored -> new FloorCaller(stored.user(), "ADMIN".equals(stored.role())));
    }

    private record StoredToken(long user, String role, Instant expiresAt) {}

    private static String sha256Hex(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

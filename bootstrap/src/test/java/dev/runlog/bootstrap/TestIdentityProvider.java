package dev.runlog.bootstrap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * An OpenID Connect provider as far as Runlog sees one, on 127.0.0.1: an RSA key made for the
 * test, its public half served as a JWK set, a discovery document naming it, and tokens signed with
 * it. Each test states only how its token differs from a valid one ({@link #token()}).
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String AUDIENCE = "runlog";

    private final HttpServer server;
    private final RSAKey key = newKey();

    private TestIdentityProvider(boolean withDiscovery) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
        if (withDiscovery) {
            server.createContext(
                    "/.well-known/openid-configuration",
                    exchange -> answer(
                            exchange, "{\"issuer\": \"%s\", \"jwks_uri\": \"%s\"}".formatted(issuer(), jwkSetUri())));
        }
        server.start();
    }

    /** A provider Runlog finds by its issuer alone, as a discovery document names its keys. */
    static TestIdentityProvider start() {
        return new TestIdentityProvider(true);
    }

    /** A provider that serves its keys and nothing else: Runlog must be told where they are. */
    static TestIdentityProvider startWithoutDiscovery() {
        return new TestIdentityProvider(false);
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String jwkSetUri() {
        return issuer() + "/jwks";
    }

    /** A valid token of this provider, for Runlog, for five minutes, to be changed by the test. */
    Token token() {
        return new Token();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token being made: valid unless a method here says otherwise. */
    final class Token {

        private String issuer = issuer();
        private String subject = "subject-" + UUID.randomUUID();
        private String audience = AUDIENCE;
        private String email = "erin@example.com";
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private RSAKey signingKey = key;

        Token forSubject(String subject) {
            this.subject = subject;
            return this;
        }

        Token withEmail(String email) {
            this.email = email;
            return this;
        }

        Token withoutEmail() {
            return withEmail(null);
        }

        Token withIssuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        Token withAudience(String audience) {
            this.audience = audience;
            return this;
        }

        Token expiredAgo(Duration ago) {
            this.expiresAt = Instant.now().minus(ago);
            return this;
        }

        Token withoutExpiry() {
            this.expiresAt = null;
            return this;
        }

        /** Signed by a key of the same id that is not the provider's: a forgery. */
        Token signedByAnotherKey() {
            try {
                this.signingKey =
                        new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** The compact JWT, signed with RS256. */
        String signed() {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .keyID(signingKey.getKeyID())
                            .build(),
                    claims());
            try {
                jwt.sign(new RSASSASigner(signingKey));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        /** The same claims with {@code "alg": "none"} and no signature: anyone could have written it. */
        String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        private JWTClaimsSet claims() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(audience)
                    .issueTime(new Date())
                    .expirationTime(expiresAt == null ? null : Date.from(expiresAt));
            if (email != null) {
                claims.claim("email", email);
            }
            return claims.build();
        }
    }
}

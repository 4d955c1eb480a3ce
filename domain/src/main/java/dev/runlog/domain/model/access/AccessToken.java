package dev.runlog.domain.model.access;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A bearer token as its holder gets it, once, at sign-in: a random secret and when it expires.
 * Runlog keeps only the secret's {@link TokenDigest}, so a copy of the database lets no one in.
 *
 * @param secret    "rl_" and 256 random bits in base64url; the prefix lets secret scanners spot it
 * @param expiresAt when the token stops working
 */
public record AccessToken(String secret, Instant expiresAt) {

    private static final String PREFIX = "rl_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("rl_[A-Za-z0-9_-]{43}");

    public AccessToken {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new token with a secret from this random source. */
    public static AccessToken issue(SecureRandom random, Instant expiresAt) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new AccessToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), expiresAt);
    }

    /** Whether this text could be a token Runlog issued: others are refused without a look-up. */
    public static boolean hasTheShapeOfOne(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    public TokenDigest digest() {
        return TokenDigest.of(secret);
    }

    @Override
    public String toString() {
        return "AccessToken[secret hidden, expiresAt=" + expiresAt + "]";
    }
}

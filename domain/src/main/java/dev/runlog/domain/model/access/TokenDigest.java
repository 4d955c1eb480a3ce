package dev.runlog.domain.model.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What is stored of a token: the SHA-256 of its secret, in hex. A fast hash is enough here (unlike
 * for passwords): the secret has 256 random bits, so there is nothing to guess.
 *
 * @param hex 64 lower-case hex digits
 */
public record TokenDigest(String hex) {

    public TokenDigest {
        Objects.requireNonNull(hex, "hex");
    }

    public static TokenDigest of(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new TokenDigest(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package dev.runlog.domain.model;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.model.access.StoredToken;
import dev.runlog.domain.model.access.TokenDigest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.UserId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What a token is, and when it stops working. */
class AccessTokenTest {

    private static final Instant EXPIRY = Instant.parse("2026-12-02T13:00:00Z");

    @Test
    void anIssuedToken_hasItsOwnShape_andEachIsNew() {
        AccessToken first = AccessToken.issue(new SecureRandom(), EXPIRY);
        AccessToken second = AccessToken.issue(new SecureRandom(), EXPIRY);

        assertThat(AccessToken.hasTheShapeOfOne(first.secret())).isTrue();
        assertThat(first.secret()).startsWith("rl_").hasSize(46).isNotEqualTo(second.secret());
    }

    @Test
    void textOfAnotherShape_isNoToken() {
        assertThat(AccessToken.hasTheShapeOfOne("rl_short")).isFalse();
        assertThat(AccessToken.hasTheShapeOfOne("eyJhbGciOiJSUzI1NiJ9.e30.sig")).isFalse();
        assertThat(AccessToken.hasTheShapeOfOne(null)).isFalse();
    }

    @Test
    void whatIsStored_isADigestThatDoesNotContainTheSecret() {
        AccessToken token = AccessToken.issue(new SecureRandom(), EXPIRY);

        assertThat(token.digest()).isEqualTo(TokenDigest.of(token.secret()));
        assertThat(token.digest().hex())
                .hasSize(64)
                .doesNotContain(token.secret().substring(3));
        assertThat(token.toString()).doesNotContain(token.secret());
    }

    @Test
    void aStoredToken_speaksForItsUserUntilItExpires() {
        StoredToken stored = new StoredToken(new UserId(7), Role.ADMIN, EXPIRY);

        assertThat(stored.callerAt(EXPIRY.minusNanos(1000))).contains(Caller.admin(new UserId(7)));
        assertThat(stored.callerAt(EXPIRY)).isEmpty();
    }
}

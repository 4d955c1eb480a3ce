package dev.runlog.domain.model.access;

import dev.runlog.domain.model.user.Email;

import java.util.Objects;

/**
 * A user as an external identity provider vouches for them: its issuer, their subject there (which
 * never changes, unlike an email), and the email it states, used when Runlog first meets them.
 *
 * @param issuer  the provider, as its tokens name it ({@code iss})
 * @param subject the user at the provider ({@code sub})
 * @param email   the email the provider states for them
 */
public record ExternalIdentity(String issuer, String subject, Email email) {

    public ExternalIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
    }
}

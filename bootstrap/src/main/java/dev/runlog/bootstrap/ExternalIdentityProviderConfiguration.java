package dev.runlog.bootstrap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

import java.util.stream.Stream;

/**
 * An external identity provider (docs/external-identity-provider.md): once its issuer is set, its
 * JWTs are accepted beside Runlog's own tokens. The web adapter takes the {@link JwtDecoder} built
 * here; without one, it accepts Runlog's tokens only.
 *
 * <p>Built here rather than by Spring Boot, whose decoder checks {@code iss} only if
 * {@code issuer-uri} is set (not with {@code jwk-set-uri} alone), {@code aud} only if the audience
 * list is not empty (and an empty value binds to an empty list), and lets a token without
 * {@code exp} through: here none of the three can be left out, and the app refuses to start
 * without an issuer and an audience. Spring Boot's own decoder steps back for this one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalIdentityProviderConfiguration.ProviderConfigured.class)
@EnableConfigurationProperties({OAuth2ResourceServerProperties.class, AccessProperties.class})
class ExternalIdentityProviderConfiguration {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String PUBLIC_KEY_LOCATION = "spring.security.oauth2.resourceserver.jwt.public-key-location";
    static final String AUDIENCE = "runlog.security.audience";

    @Bean
    JwtDecoder externalProviderTokens(OAuth2ResourceServerProperties resourceServer, AccessProperties access) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        if (jwt.getPublicKeyLocation() != null) {
            throw new IllegalStateException(PUBLIC_KEY_LOCATION + " is not supported: set the provider's issuer in "
                    + ISSUER_URI + " (and " + JWK_SET_URI + " if it publishes no discovery document).");
        }
        return decoder(jwt.getIssuerUri(), jwt.getJwkSetUri(), access.audience());
    }

    /**
     * Tokens signed by a key of the provider's JWK set, with one of the algorithms of its keys,
     * naming the issuer as {@code iss} and the audience in {@code aud}, with an {@code exp} not past
     * (and an {@code nbf} reached, if there is one; a minute of clock skew either way).
     *
     * @param issuer    what {@code iss} must be; without a JWK set URI, also where the provider's
     *                  discovery document ({@code /.well-known/openid-configuration}) names its keys
     * @param jwkSetUri where the provider's keys are, or null to ask the issuer
     * @param audience  what {@code aud} must contain
     */
    static JwtDecoder decoder(String issuer, String jwkSetUri, String audience) {
        if (!StringUtils.hasText(issuer)) {
            throw new IllegalStateException("An external identity provider is configured (" + JWK_SET_URI
                    + "), but not its issuer, which its tokens' iss must name: set " + ISSUER_URI + ".");
        }
        if (!StringUtils.hasText(audience)) {
            throw new IllegalStateException("An external identity provider is configured (" + ISSUER_URI
                    + "), but not the audience its tokens must name for Runlog: set " + AUDIENCE + ".");
        }
        JwtTimestampValidator unexpired = new JwtTimestampValidator();
        unexpired.setAllowEmptyExpiryClaim(false);
        OAuth2TokenValidator<Jwt> checks = JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience), unexpired);
        // Built on the first JWT, not at start-up: Runlog starts, with its own tokens, while the provider is down.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (StringUtils.hasText(jwkSetUri)
                            ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                            : NimbusJwtDecoder.withIssuerLocation(issuer))
                    .discoverJwsAlgorithms()
                    .build();
            decoder.setJwtValidator(checks);
            return decoder;
        });
    }

    /** Any of the settings that would make Spring Boot build a decoder of its own makes this one instead. */
    static final class ProviderConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return Stream.of(ISSUER_URI, JWK_SET_URI, PUBLIC_KEY_LOCATION)
                    .anyMatch(name -> StringUtils.hasText(environment.getProperty(name)));
        }
    }
}

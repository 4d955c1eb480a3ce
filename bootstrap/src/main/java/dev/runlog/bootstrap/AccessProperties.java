package dev.runlog.bootstrap;

import dev.runlog.domain.service.AccountService.SignUp;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How users get in.
 *
 * @param signUp        {@code open}: anyone may sign up; {@code closed}: only admins create users
 * @param tokenLifetime how long a token from {@code POST /api/tokens} works, unless revoked first
 * @param audience      the {@code aud} an external identity provider's JWTs must name to be
 *                      accepted; required once a provider is configured
 */
@ConfigurationProperties("runlog.security")
record AccessProperties(
        @DefaultValue("open") SignUp signUp,
        @DefaultValue("1h") Duration tokenLifetime,
        String audience) {}

package dev.runlog.web;

import dev.runlog.domain.port.in.AuthenticateUseCase;
import dev.runlog.domain.port.in.IdentifyExternalUserUseCase;
import dev.runlog.domain.port.in.SignInUseCase;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may send which request. Two filter chains:
 *
 * <ul>
 *   <li><b>Sign-in</b>, {@code POST /api/tokens}: HTTP Basic with email and password, checked by
 *       {@link PasswordSignIn}.
 *   <li><b>Everything else</b>: a bearer token, one Runlog issued ({@link RunlogTokenCheck}) or,
 *       where an external identity provider is configured, a JWT of that provider
 *       ({@link ExternalTokenCheck}). Open without one: sign-up, health, the API description and
 *       Swagger UI. The metrics ({@code /actuator/prometheus}) need an admin's.
 * </ul>
 *
 * <p>Both are stateless (no session, no cookie, so no CSRF to guard against), and every refusal is
 * a problem ({@link SecurityProblems}). Which data a caller may reach is not decided here but in
 * the domain, from the caller this turns the token into.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class ApiSecurity {

    static final String SIGN_IN_PATH = "/api/tokens";

    /**
     * Spring Security observes nothing of its own: with an observation registry it would wrap every
     * filter of the chain and time each request's authentication and authorization, four
     * observations a request (and their spans) on top of the request's own, which say no more than
     * the request's status does (docs/benchmarks.md, section 5).
     */
    @Bean
    SecurityObservationSettings securityObservesNothing() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain signInChain(HttpSecurity http, SignInUseCase signIn) throws Exception {
        AuthenticationEntryPoint problems = SecurityProblems.forSignIn();
        statelessApi(http)
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_IN_PATH))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new PasswordSignIn(signIn)))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            AuthenticateUseCase authenticate,
            IdentifyExternalUserUseCase identifyExternalUser,
            ObjectProvider<JwtDecoder> externalProvider)
            throws Exception {
        AuthenticationManager tokens = bearerTokens(authenticate, identifyExternalUser, externalProvider);
        AuthenticationEntryPoint problems = SecurityProblems.forBearerTokens();
        AccessDeniedHandler denied = SecurityProblems.accessDenied();
        statelessApi(http)
                .authorizeHttpRequests(requests -> requests
                        // An error page is rendered for a request already refused or let through.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/users")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // The metrics tell how busy Runlog is and how many runners it has: admins only.
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("ADMIN")
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(bearer -> bearer.authenticationManagerResolver(request -> tokens)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(denied));
        return http.build();
    }

    /** Runlog's own tokens, and an external provider's JWTs if one is configured; told apart by shape. */
    private static AuthenticationManager bearerTokens(
            AuthenticateUseCase authenticate,
            IdentifyExternalUserUseCase identifyExternalUser,
            ObjectProvider<JwtDecoder> externalProvider) {
        AuthenticationManager runlogTokens = new ProviderManager(new RunlogTokenCheck(authenticate));
        JwtDecoder decoder = externalProvider.getIfAvailable();
        if (decoder == null) {
            return runlogTokens;
        }
        AuthenticationManager externalTokens =
                new ProviderManager(ExternalTokenCheck.provider(decoder, identifyExternalUser));
        return authentication -> ExternalTokenCheck.isJwt(authentication)
                ? externalTokens.authenticate(authentication)
                : runlogTokens.authenticate(authentication);
    }

    private static HttpSecurity statelessApi(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                // Spring's "no-store" would defeat the ETags: DefaultHeadersFilter says how answers are cached.
                .headers(headers -> headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable));
    }
}

package dev.runlog.web;

import dev.runlog.web.contract.ApiContract;
import dev.runlog.web.contract.Exchange;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The web adapter's request handling as bootstrap registers it (controllers, advice, error
 * controller, filters, named one by one), over {@link StubUseCases} in place of the domain's
 * services. Not here: the API description and bootstrap's JSON settings (strict types, read
 * limits), which bootstrap's HTTP tests cover. It is the
 * configuration every {@code @WebMvcTest} here finds by searching its package: the web adapter
 * has no application of its own, and this one scans nothing, so the slice holds what is named.
 * Every answer a test here gets is held to docs/openapi.json ({@link ApiContract}): a test
 * whose answer the description does not describe fails, whatever it asserts itself.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@Import({
    UserController.class,
    RunController.class,
    SummaryController.class,
    PreferencesController.class,
    TokenController.class,
    PasswordController.class,
    ApiSecurity.class,
    ProblemDetailsAdvice.class,
    ProblemErrorController.class,
    RequestIdFilter.class,
    DefaultHeadersFilter.class,
    BodySizeLimitFilter.class
})
class WebAdapterSlice {

    @Bean
    StubUseCases useCases() {
        return new StubUseCases();
    }

    @Bean
    MockMvcBuilderCustomizer everyAnswerIsHeldToTheDescription() {
        return builder -> builder.alwaysDo(result -> ApiContract.runlog().assertHonouredBy(Exchange.of(result)));
    }

    /**
     * Every request is signed in with the stub's token unless a test says otherwise: the endpoints'
     * tests are about what they pass and answer; who may send them is {@code SignedInEndpointsTest}'s.
     */
    @Bean
    MockMvcBuilderCustomizer signedInByDefault() {
        return builder -> builder.defaultRequest(
                MockMvcRequestBuilders.get("/").header(HttpHeaders.AUTHORIZATION, "Bearer " + StubUseCases.TOKEN));
    }
}

package dev.runlog.bootstrap;

import dev.runlog.web.ApiDocumentation;
import dev.runlog.web.ApiSecurity;
import dev.runlog.web.BodySizeLimitFilter;
import dev.runlog.web.DefaultHeadersFilter;
import dev.runlog.web.PasswordController;
import dev.runlog.web.PreferencesController;
import dev.runlog.web.ProblemDetailsAdvice;
import dev.runlog.web.ProblemErrorController;
import dev.runlog.web.RequestIdFilter;
import dev.runlog.web.RunController;
import dev.runlog.web.SummaryController;
import dev.runlog.web.TokenController;
import dev.runlog.web.UserController;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * The inbound side: the web adapter's controllers, its error handling, filters and API
 * documentation, registered by name rather than by scanning; and how the web server and the
 * JSON parser treat what clients send.
 */
@Configuration(proxyBeanMethods = false)
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
@EnableConfigurationProperties(ApiServerProperties.class)
class WebConfiguration {

    /** The API description, naming the server that its readers and Swagger UI are to call. */
    @Bean
    ApiDocumentation apiDocumentation(ApiServerProperties server) {
        return new ApiDocumentation(server.url(), server.description());
    }

    /**
     * Errors the servlet container answers itself, before Spring sees the request (a malformed
     * URL, say), are problems too, not Tomcat's HTML page.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /**
     * JSON types mean what they say: a number or true where text belongs ({"username": 42}) and
     * text where a number belongs ({"distance": "5.2"}) are 400s, not quietly converted.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return mapper -> mapper.withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        number -> number.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * Limits on the JSON Runlog parses, far above any real request, so a hostile body (nesting
     * thousands deep, a number of a million digits) is refused as a 400 before it costs much.
     */
    @Bean
    JsonFactoryBuilderCustomizer jsonReadLimits() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxNumberLength(100)
                .maxStringLength(100_000)
                .maxNameLength(1_000)
                .maxDocumentLength(2 * BodySizeLimitFilter.MAX_BYTES) // the filter's 413 comes first
                .build());
    }
}

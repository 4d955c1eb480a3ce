package dev.runlog.bootstrap;

import dev.runlog.web.ApiDocumentation;
import dev.runlog.web.ProblemDetailsAdvice;
import dev.runlog.web.ProblemErrorController;
import dev.runlog.web.RequestIdFilter;
import dev.runlog.web.RunController;
import dev.runlog.web.UserController;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The inbound side: the web adapter's controllers, its error handling, request ids and API
 * documentation, registered by name rather than by scanning.
 */
@Configuration(proxyBeanMethods = false)
@Import({UserController.class, RunController.class, ProblemDetailsAdvice.class, ProblemErrorController.class,
        RequestIdFilter.class, ApiDocumentation.class})
class WebConfiguration {
}

package dev.runlog.bootstrap;

import dev.runlog.persistence.StatementObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics and traces of the use cases, added where the beans are handed out rather than where they
 * are made: {@link UseCaseConfiguration} says what each use case is and where its transaction
 * begins, and stays the same whether anything is measured or not. Every SQL statement is
 * observed by the persistence adapter's MyBatis plugin; every HTTP request and pool by Spring
 * Boot and the libraries themselves; see application.properties.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    /**
     * Static, and given providers instead of the registries: a post-processor is made before every
     * other bean, and a registry made that early would miss the configuration Spring Boot gives it.
     */
    @Bean
    static BeanPostProcessor observedUseCases(
            ObjectProvider<ObservationRegistry> observations, ObjectProvider<MeterRegistry> meters) {
        return new ObservedUseCases(observations::getObject, meters::getObject);
    }

    /**
     * A timer and a span per SQL statement, named for its mapper method (no SQL, no parameters).
     * mybatis-spring-boot-starter adds every Interceptor bean to the SqlSessionFactory it builds.
     */
    @Bean
    StatementObservations statementObservations(ObservationRegistry registry) {
        return new StatementObservations(registry);
    }
}

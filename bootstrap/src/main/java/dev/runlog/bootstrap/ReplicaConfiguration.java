package dev.runlog.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads on MariaDB replicas, writes on the primary: with {@code runlog.datasource.replicas[0].url}
 * set, the app's DataSource is a {@link ReplicaRoutingDataSource} over a Hikari pool for the
 * primary ({@code spring.datasource.*}, tuned by {@code spring.datasource.hikari.*} as usual) and
 * one for each replica, and {@link UseCaseConfiguration} sends the reading use cases to it.
 * Flyway, transactions and every write see the primary. Why two pools and not Connector/J's
 * replication URL: docs/adr/0025-replicas-behind-a-routing-data-source.md.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfiguration.ReplicasConfigured.class)
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

    @Bean
    CausalReads causalReads() {
        return new CausalReads();
    }

    @Bean(destroyMethod = "close")
    ReplicaRoutingDataSource dataSource(
            DataSourceProperties primary,
            ReplicaProperties properties,
            CausalReads causalReads,
            Environment env,
            ObjectProvider<MeterRegistry> meters) {
        if (!StringUtils.hasText(primary.getUrl())) {
            throw new IllegalStateException("runlog.datasource.replicas needs spring.datasource.url: "
                    + "the embedded MariaDB has no replicas");
        }
        HikariDataSource primaryPool = primary.initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        Binder.get(env).bind("spring.datasource.hikari", Bindable.ofInstance(primaryPool));
        if (primaryPool.getPoolName() == null) { // application.properties names it; a test's properties may not
            primaryPool.setPoolName("primary");
        }
        List<HikariDataSource> replicaPools = new ArrayList<>();
        for (ReplicaProperties.Replica replica : properties.replicas()) {
            replicaPools.add(replicaPool(replica, replicaPools.size() + 1, primaryPool, properties, env));
        }
        // Spring Boot measures the pools that are DataSource beans; these are inside one, so measured here.
        meters.ifAvailable(registry -> {
            primaryPool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
            replicaPools.forEach(pool -> pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
        });
        return new ReplicaRoutingDataSource(primaryPool, replicaPools, causalReads, properties, Clock.systemUTC());
    }

    @Bean
    ReadWriteSplit readWriteSplit(ReplicaRoutingDataSource dataSource, CausalReads causalReads) {
        return new ReadsOnReplicas(dataSource, causalReads);
    }

    /** Before Spring Security's filters: the position is known before the request's first use case runs. */
    @Bean
    FilterRegistrationBean<ReadAfterFilter> readAfterFilter(CausalReads causalReads) {
        FilterRegistrationBean<ReadAfterFilter> registration =
                new FilterRegistrationBean<>(new ReadAfterFilter(causalReads));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * A pool tuned as the primary's ({@code spring.datasource.hikari.*}: its size, lifetimes, the
     * driver's properties such as TLS), but quick to give up: a replica out of reach sends reads
     * to the primary.
     */
    private static HikariDataSource replicaPool(
            ReplicaProperties.Replica replica,
            int number,
            HikariDataSource primary,
            ReplicaProperties properties,
            Environment env) {
        HikariDataSource pool = new HikariDataSource();
        Binder.get(env).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setPoolName("replica-" + number);
        pool.setJdbcUrl(replica.url());
        pool.setUsername(replica.username() != null ? replica.username() : primary.getUsername());
        pool.setPassword(replica.password() != null ? replica.password() : primary.getPassword());
        pool.setConnectionTimeout(properties.connectionTimeout().toMillis());
        pool.setValidationTimeout(Math.min(
                pool.getValidationTimeout(), properties.connectionTimeout().toMillis()));
        // A replica down at start-up must not stop the app: its pool connects when first asked.
        pool.setInitializationFailTimeout(-1);
        pool.setReadOnly(true);
        return pool;
    }

    static final class ReplicasConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            // Through the Binder, so that RUNLOG_DATASOURCE_REPLICAS_0_URL in the environment counts too.
            return Binder.get(context.getEnvironment())
                    .bind("runlog.datasource.replicas[0].url", String.class)
                    .map(StringUtils::hasText)
                    .orElse(false);
        }
    }
}

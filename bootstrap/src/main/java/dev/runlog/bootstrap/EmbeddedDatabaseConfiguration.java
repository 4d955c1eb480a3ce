package dev.runlog.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The default database: with no {@code spring.datasource.url} set, an embedded MariaDB is started
 * before the DataSource, and the DataSource points at it. With a URL set, none of this exists and
 * Spring Boot builds the DataSource for the external server as usual.
 *
 * <p>Order matters at both ends: the DataSource depends on the server, so the server starts
 * first (then Flyway migrates, then MyBatis is ready) and stops last, after the pool is closed.
 * Started from {@link RunlogApplication#main}, the server's start begins before the context's
 * ({@link EmbeddedDatabaseEarlyStart}); the DataSource then waits only for what is left of it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrlSet.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    /** The server that {@link EmbeddedDatabaseEarlyStart} began starting, or one started now. */
    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(
            EmbeddedDatabaseProperties properties, ObjectProvider<EmbeddedDatabaseEarlyStart.Started> early) {
        EmbeddedDatabaseEarlyStart.Started started = early.getIfAvailable();
        return started != null ? started.claim() : EmbeddedMariaDb.start(properties);
    }

    /** A Hikari pool, tuned by the usual spring.datasource.hikari.* properties. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl())
                .username(EmbeddedMariaDb.USERNAME)
                .password(server.password())
                .build();
    }

    static final class NoDatabaseUrlSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}

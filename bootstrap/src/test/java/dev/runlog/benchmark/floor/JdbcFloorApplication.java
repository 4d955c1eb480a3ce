package dev.runlog.benchmark.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

/**
 * The floor the HTTP benchmark measures Runlog against: a plain Spring MVC app whose handlers
 * run Runlog's SQL with {@code JdbcClient} and map the rows by hand, with no domain, no MyBatis
 * and no transaction. Same server, same JSON library, same pool, same database: what is left
 * between the two is what Runlog's layers cost. Benchmark code only; never part of the app.
 * Its package is outside {@code dev.runlog.bootstrap} on purpose: Runlog scans that package, and
 * in Runlog's tests it would find these endpoints beside its own.
 *
 * <p>Tokens are checked by hand ({@link FloorTokenCheck}), with Runlog's statement, and not by
 * Spring Security, whose auto-configuration is left out: what Spring Security's filters cost
 * Runlog is part of what the benchmark measures.
 */
@SpringBootApplication(
        excludeName = {
            JdbcFloorApplication.SECURITY + "SecurityAutoConfiguration",
            JdbcFloorApplication.SECURITY + "UserDetailsServiceAutoConfiguration",
            JdbcFloorApplication.SECURITY + "actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            JdbcFloorApplication.SECURITY + "web.servlet.SecurityFilterAutoConfiguration",
            JdbcFloorApplication.SECURITY + "web.servlet.ServletWebSecurityAutoConfiguration",
            JdbcFloorApplication.RESOURCE_SERVER + "OAuth2ResourceServerAutoConfiguration",
            JdbcFloorApplication.RESOURCE_SERVER + "web.OAuth2ResourceServerWebSecurityAutoConfiguration"
        })
public class JdbcFloorApplication {

    static final String SECURITY = "org.springframework.boot.security.autoconfigure.";
    static final String RESOURCE_SERVER = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.";

    public static void main(String[] args) {
        start(args);
    }

    /**
     * Starts the floor on a database whose schema Runlog made. It needs no migrations and serves
     * no API description; with springdoc off, it also leaves springdoc's JVM-wide state alone
     * when a test runs it beside Runlog.
     */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication floor = new SpringApplication(JdbcFloorApplication.class);
        floor.setDefaultProperties(Map.of(
                "spring.flyway.enabled",
                "false",
                "springdoc.api-docs.enabled",
                "false",
                "springdoc.swagger-ui.enabled",
                "false"));
        return floor.run(args);
    }
}

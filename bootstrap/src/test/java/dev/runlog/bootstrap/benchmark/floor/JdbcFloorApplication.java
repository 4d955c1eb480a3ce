package dev.runlog.bootstrap.benchmark.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The floor the HTTP benchmark measures Runlog against: a plain Spring MVC app whose handlers
 * run Runlog's SQL with {@code JdbcClient} and map the rows by hand, with no domain, no MyBatis
 * and no transaction. Same server, same JSON library, same pool, same database: what is left
 * between the two is what Runlog's layers cost. Benchmark code only; never part of the app.
 */
@SpringBootApplication
public class JdbcFloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(JdbcFloorApplication.class, args);
    }
}

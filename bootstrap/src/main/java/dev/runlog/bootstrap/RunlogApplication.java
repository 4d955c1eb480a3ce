package dev.runlog.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Runlog. Component scanning covers only this package: every piece of the other modules
 * is wired by name in the configuration classes here, so the wiring can be read in one place.
 */
@SpringBootApplication
public class RunlogApplication {

    public static void main(String[] args) {
        SpringApplication.run(RunlogApplication.class, args);
    }
}

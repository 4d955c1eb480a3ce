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
        application().run(args);
    }

    /** Runlog as {@link #main} runs it: the embedded database, if any, starts beside the context. */
    static SpringApplication application() {
        SpringApplication runlog = new SpringApplication(RunlogApplication.class);
        runlog.addInitializers(new EmbeddedDatabaseEarlyStart());
        return runlog;
    }
}

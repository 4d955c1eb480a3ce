package dev.runlog.bootstrap;

import ch.vorburger.exec.ManagedProcessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the embedded MariaDB on a thread of its own as soon as the settings are known, before
 * Spring reads the configuration classes and builds the beans. The server's start then overlaps
 * the context's, and the DataSource waits only for what is left of it (docs/benchmarks.md,
 * "Start-up, 2026-12-03"). {@link RunlogApplication#main} adds it; a context built any
 * other way, as most tests build theirs, starts the server in {@link EmbeddedDatabaseConfiguration}
 * when the DataSource needs it, as before.
 *
 * <p>The server is handed to the context as its {@code embeddedMariaDb} bean, which stops after the
 * connection pool, as before. Until then this start owns it: if the context fails or is closed
 * before taking it, the server is stopped once its start has ended, so no mariadbd outlives the
 * app.
 */
final class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
            return; // an external database: nothing to start
        }
        EmbeddedDatabaseProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("runlog.embedded-database", EmbeddedDatabaseProperties.class);
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        if (!(beans instanceof DefaultSingletonBeanRegistry registry)) {
            return; // no way to stop it with the context: leave the start to the bean
        }
        Started started = new Started(properties);
        beans.registerSingleton(Started.NAME, started);
        // Registered before every other bean, so destroyed after all of them: after the pool.
        registry.registerDisposableBean(Started.NAME, started);
        // A failure before the context's refresh destroys no beans; this stops the server then.
        context.addApplicationListener(
                (ApplicationListener<ApplicationFailedEvent>) failed -> started.stopUnlessClaimed());
    }

    /** A start under way, whose server goes either to the context's bean or, unclaimed, is stopped. */
    static final class Started implements DisposableBean {

        static final String NAME = "embeddedMariaDbEarlyStart";

        private static final Logger log = LoggerFactory.getLogger(Started.class);

        private final CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();
        private boolean claimed;

        Started(EmbeddedDatabaseProperties properties) {
            Thread starter = new Thread(
                    () -> {
                        try {
                            server.complete(EmbeddedMariaDb.start(properties));
                        } catch (Throwable e) {
                            server.completeExceptionally(e);
                        }
                    },
                    "embedded-mariadb-start");
            starter.start();
        }

        /** The started server, waiting for it if need be; from now on the caller stops it. */
        EmbeddedMariaDb claim() {
            synchronized (this) {
                claimed = true;
            }
            try {
                return server.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        @Override
        public void destroy() {
            stopUnlessClaimed();
        }

        /** Stops the server unless the context took it; waits for its start to end first. */
        void stopUnlessClaimed() {
            synchronized (this) {
                if (claimed) {
                    return;
                }
                claimed = true;
            }
            EmbeddedMariaDb started;
            try {
                started = server.join();
            } catch (CompletionException e) {
                return; // it never started; the failure is the app's to report
            }
            try {
                started.stop();
            } catch (ManagedProcessException e) {
                log.warn("Could not stop the embedded MariaDB", e);
            }
        }
    }
}

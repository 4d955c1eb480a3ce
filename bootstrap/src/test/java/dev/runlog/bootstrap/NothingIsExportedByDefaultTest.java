package dev.runlog.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As Runlog ships, no span, log record or metric leaves it unasked: spans are made (for the ids in
 * the logs) but no exporter sends them, and Prometheus pulls the metrics. The tests' app has every
 * export Spring Boot's tests would switch off switched on (config/application.properties), so
 * this is what the app does.
 */
class NothingIsExportedByDefaultTest extends RunningAppTest {

    @Autowired
    private ApplicationContext app;

    @Test
    void noSpanExporter_andNoLogRecordExporter() {
        assertThat(app.getBeansOfType(SpanExporter.class)).isEmpty();
        assertThat(app.getBeansOfType(LogRecordExporter.class)).isEmpty();
    }

    @Test
    void theOnlyMeterRegistry_isPrometheus_whichIsScrapedRatherThanPushing() {
        assertThat(app.getBeansOfType(MeterRegistry.class).values())
                .isNotEmpty()
                .allSatisfy(registry -> assertThat(registry)
                        .isInstanceOfAny(PrometheusMeterRegistry.class, CompositeMeterRegistry.class));
    }
}

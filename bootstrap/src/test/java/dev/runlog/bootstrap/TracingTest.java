package dev.runlog.bootstrap;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traces, read from an exporter that keeps spans in memory (the app itself has none, see
 * {@link NothingIsExportedByDefaultTest}): a request sent with a W3C {@code traceparent} joins the
 * caller's trace, each use case it calls is a span under the request's, and its log lines carry
 * the trace's ids beside the request id.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(TracingTest.SpansKeptInMemory.class)
class TracingTest extends RunningAppTest {

    private static final String CALLERS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLERS_SPAN = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + CALLERS_TRACE + "-" + CALLERS_SPAN + "-01";
    private static final String FILTER_LOGGER = "dev.runlog.web.RequestIdFilter";

    @TestConfiguration(proxyBeanMethods = false)
    static class SpansKeptInMemory {

        @Bean
        InMemorySpanExporter spansKeptInMemory() {
            return InMemorySpanExporter.create();
        }
    }

    @Autowired
    private InMemorySpanExporter spans;

    @Autowired
    private SdkTracerProvider tracing;

    private long alice;

    @BeforeEach
    void aliceAndNoSpansYet() {
        alice = api.registerUser("Alice", "alice@example.com");
        finishedSpans();
        spans.reset();
    }

    @Test
    void aRequestWithATraceparent_isASpanOfTheCallersTrace_withItsUseCasesAsChildren() {
        api.send(
                "POST",
                "/api/users/" + alice + "/runs",
                "application/json",
                "{\"distance\": 5.2}",
                "traceparent",
                TRACEPARENT);

        List<SpanData> trace = finishedSpans().stream()
                .filter(span -> span.getTraceId().equals(CALLERS_TRACE))
                .toList();
        SpanData request = onlyOne(
                trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).toList());
        SpanData logRun = onlyOne(trace.stream()
                .filter(span -> "LogRun".equals(span.getAttributes().get(AttributeKey.stringKey("use-case"))))
                .toList());
        assertThat(request.getParentSpanId()).isEqualTo(CALLERS_SPAN);
        assertThat(request.getName()).isEqualTo("http post /api/users/{userId}/runs");
        assertThat(ancestorsOf(logRun, trace)).as("under the request's span").contains(request.getSpanId());
        assertThat(logRun.getName()).isEqualTo("LogRun");
        SpanData insert = onlyOne(trace.stream()
                .filter(span -> span.getName().equals("RunMapper.insert"))
                .toList());
        assertThat(ancestorsOf(insert, trace))
                .as("the SQL statement, under its use case")
                .contains(logRun.getSpanId());
        assertThat(trace)
                .as("the token is checked by a use case too, in the same trace")
                .anySatisfy(span -> assertThat(span.getAttributes().get(AttributeKey.stringKey("use-case")))
                        .isEqualTo("Authenticate"));
    }

    /**
     * What observing a request costs is one observation per span below (each also a timer): the
     * request, each use case and each statement (a run is logged in the unit the runner prefers).
     * Spring Security observes nothing of its own (ApiSecurity); with it, a request had four more.
     */
    @Test
    void aTracedRequest_isOneSpanForTheRequest_oneForEachUseCase_andOneForEachStatement() {
        api.send(
                "POST",
                "/api/users/" + alice + "/runs",
                "application/json",
                "{\"distance\": 5.2}",
                "traceparent",
                TRACEPARENT);

        assertThat(finishedSpans().stream()
                        .filter(span -> span.getTraceId().equals(CALLERS_TRACE))
                        .map(SpanData::getName))
                .containsExactlyInAnyOrder(
                        "http post /api/users/{userId}/runs",
                        "Authenticate",
                        "AccessTokenMapper.find",
                        "LogRun",
                        "PreferencesMapper.findByUser",
                        "RunMapper.insert");
    }

    @Test
    void aFailingUseCase_marksItsSpanWithTheError() {
        api.send(
                "POST",
                "/api/users/424242/runs",
                "application/json",
                "{\"distance\": 5.2}",
                "traceparent",
                TRACEPARENT);

        SpanData logRun = onlyOne(finishedSpans().stream()
                .filter(span -> "LogRun".equals(span.getAttributes().get(AttributeKey.stringKey("use-case"))))
                .toList());
        assertThat(logRun.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(logRun.getEvents())
                .anySatisfy(event -> assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.type")))
                        .endsWith(".UserNotFoundException"));
    }

    @Test
    void aFailedStatement_tellsItsSqlState_notTheValuesMariaDbQuotes() {
        api.send(
                "POST",
                "/api/users",
                "application/json",
                "{\"username\": \"Alice again\", \"email\": \"alice@example.com\"}",
                "traceparent",
                TRACEPARENT);

        SpanData insert = onlyOne(finishedSpans().stream()
                .filter(span -> span.getTraceId().equals(CALLERS_TRACE))
                .filter(span -> span.getName().equals("UserMapper.insert"))
                .toList());
        assertThat(insert.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(insert.getEvents())
                .isNotEmpty()
                .allSatisfy(event -> assertThat(
                                event.getAttributes().asMap().values().toString())
                        .contains("SQLState 23000")
                        .doesNotContain("alice@example.com"));
    }

    @Test
    void theLogLinesOfATracedRequest_carryTheTraceBesideTheRequestId(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(FILTER_LOGGER, LogLevel.DEBUG);
        try {
            api.send("GET", "/api/users/424242", null, null, "traceparent", TRACEPARENT, "X-Request-Id", "traced-3");
        } finally {
            logging.setLogLevel(FILTER_LOGGER, null);
        }

        assertThat(output.getOut())
                .containsPattern(
                        "\\[traced-3\\] \\[" + CALLERS_TRACE + "-[0-9a-f]{16}\\] .*GET /api/users/424242 answered 404");
    }

    /** The spans ended so far: those still waiting in the batch are exported first. */
    private List<SpanData> finishedSpans() {
        assertThat(tracing.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
        return spans.getFinishedSpanItems();
    }

    /** The ids of the span's parent, its parent's parent, and so on, as far as this trace's spans go. */
    private static List<String> ancestorsOf(SpanData span, List<SpanData> trace) {
        Map<String, SpanData> byId = trace.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
        List<String> ancestors = new ArrayList<>();
        for (SpanData parent = byId.get(span.getParentSpanId());
                parent != null;
                parent = byId.get(parent.getParentSpanId())) {
            ancestors.add(parent.getSpanId());
        }
        return ancestors;
    }

    private static SpanData onlyOne(List<SpanData> spans) {
        assertThat(spans).hasSize(1);
        return spans.get(0);
    }
}

package dev.runlog.bootstrap.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a server's CPU samples went, by the stage of a request: each sample goes to the stage of
 * its innermost frame that belongs to one (a {@code HashMap.get} inside MyBatis's mapping counts as
 * mapping). Samples of the JVM's own threads (the JIT compilers, the garbage collector) form a
 * stage of their own; Java code outside every named library is "other Java".
 */
final class RequestStages {

    static final String JVM_THREADS = "JVM's own threads: JIT compilers, GC";
    static final String OTHER = "other Java (JDK)";

    /** In order: the first that matches a frame wins, so the narrower pattern comes first. */
    private static final Map<String, Pattern> STAGES = stages(
            "observation: Micrometer, OpenTelemetry",
                    "io\\.micrometer|io\\.opentelemetry|ObservedUseCase|StatementObservations|ObservationFilter",
            "MariaDB Connector/J", "org\\.mariadb",
            "MyBatis: mapping rows", "org\\.apache\\.ibatis\\.executor\\.resultset|org\\.apache\\.ibatis\\.reflection",
            "MyBatis: session, executor, statement", "org\\.apache\\.ibatis|org\\.mybatis",
            "HikariCP", "com\\.zaxxer",
            "JDBC by hand (the floor)", "org\\.springframework\\.jdbc|dev\\.runlog\\.benchmark\\.floor",
            "Jackson", "tools\\.jackson|com\\.fasterxml",
            "Spring Security", "org\\.springframework\\.security",
            "logging", "ch\\.qos\\.logback|org\\.slf4j",
            "Runlog's domain", "dev\\.runlog\\.domain",
            "Runlog's adapters and wiring", "dev\\.runlog",
            "Spring MVC", "org\\.springframework\\.web|org\\.springframework\\.http",
            "Tomcat", "org\\.apache\\.catalina|org\\.apache\\.coyote|org\\.apache\\.tomcat",
            "kernel and socket I/O", "_\\[k\\]|^(__)?(GI_)?_*(write|read|send|recv|poll|epoll_wait)");

    private static final Pattern JAVA_THREAD =
            Pattern.compile("java\\.lang\\.Thread\\.run|java\\.lang\\.VirtualThread");

    private RequestStages() {}

    /** Samples per stage, in the order of {@link #names()}. */
    static Map<String, Long> of(List<String> collapsedStacks) {
        Map<String, Long> samples = new LinkedHashMap<>();
        names().forEach(name -> samples.put(name, 0L));
        for (String line : collapsedStacks) {
            int space = line.lastIndexOf(' ');
            samples.merge(stageOf(line.substring(0, space)), Long.parseLong(line.substring(space + 1)), Long::sum);
        }
        return samples;
    }

    static List<String> names() {
        List<String> names = new java.util.ArrayList<>(STAGES.keySet());
        names.add(OTHER);
        names.add(JVM_THREADS);
        return names;
    }

    private static String stageOf(String stack) {
        if (!JAVA_THREAD.matcher(stack).find()) {
            return JVM_THREADS;
        }
        String[] frames = stack.split(";");
        for (int i = frames.length - 1; i >= 0; i--) {
            for (Map.Entry<String, Pattern> stage : STAGES.entrySet()) {
                if (stage.getValue().matcher(frames[i]).find()) {
                    return stage.getKey();
                }
            }
        }
        return OTHER;
    }

    private static Map<String, Pattern> stages(String... namesAndPatterns) {
        Map<String, Pattern> stages = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPatterns.length; i += 2) {
            stages.put(namesAndPatterns[i], Pattern.compile(namesAndPatterns[i + 1]));
        }
        return stages;
    }
}

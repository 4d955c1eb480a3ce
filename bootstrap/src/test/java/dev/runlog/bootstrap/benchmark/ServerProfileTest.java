package dev.runlog.bootstrap.benchmark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The profiler attached to a child JVM that only spins and allocates, as a benchmark attaches it
 * to a server: on the Java the tests run on, and on Java 25, which the benchmark may run servers on.
 */
class ServerProfileTest {

    private static final Path OUTPUT = Path.of("target", "server-profile-test");

    @ParameterizedTest
    @ValueSource(strings = {"", "/usr/lib/jvm/temurin-25-jdk-amd64"})
    void aBusyChild_isSeenSpinningAndAllocating(String javaHome) throws Exception {
        Path java = Path.of(javaHome.isEmpty() ? System.getProperty("java.home") : javaHome, "bin", "java");
        assumeTrue(Files.isExecutable(java), java + " is not installed here");
        String testClasses = Path.of(BusyChild.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(ServerProfile.JVM_OPTIONS);
        command.addAll(List.of("-cp", testClasses, BusyChild.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("spinning");

            String name = "busy-java" + (javaHome.isEmpty() ? Runtime.version().feature() : 25);
            Path jfr = OUTPUT.resolve(name + ".jfr");
            ServerProfile.Result result;
            try (ServerProfile profile = ServerProfile.start(child.pid(), jfr)) {
                Thread.sleep(1_500);
                result = profile.stop();
            }

            // One thread busy for 1.5 s is 150 samples at 10 ms; a loaded machine may give it less.
            assertThat(result.cpuSamples()).isGreaterThan(30);
            assertThat(result.cpuTime()).isEqualTo(ServerProfile.CPU_INTERVAL.multipliedBy(result.cpuSamples()));
            assertThat(result.cpuStacks()).anyMatch(stack -> stack.contains("ServerProfileTest$BusyChild.spin"));
            // It allocates a 1 KiB array a turn, far more than 10 MB in that time.
            assertThat(result.allocatedBytes()).isGreaterThan(10_000_000);
            assertThat(result.allocationStacks())
                    .anyMatch(stack -> stack.contains("BusyChild.spin")
                            && stack.substring(0, stack.lastIndexOf(' ')).endsWith("byte[]_[i]"));

            result.writeFlameGraphs(OUTPUT, name, "A busy child");
            assertThat(OUTPUT.resolve(name + "-cpu.svg")).content().contains("BusyChild.spin");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The child: says when it runs, then spins and allocates until killed. */
    static final class BusyChild {

        static volatile Object sink;

        public static void main(String[] args) {
            System.out.println("spinning");
            System.out.flush();
            while (true) {
                spin();
            }
        }

        static void spin() {
            byte[] turn = new byte[1024];
            for (int i = 0; i < turn.length; i++) {
                turn[i] = (byte) (i * 31);
            }
            sink = turn;
        }
    }
}

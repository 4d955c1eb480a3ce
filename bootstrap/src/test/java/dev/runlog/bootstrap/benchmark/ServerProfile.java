package dev.runlog.bootstrap.benchmark;

import com.sun.tools.attach.VirtualMachine;
import one.convert.Arguments;
import one.convert.JfrToFlame;
import one.jfr.JfrReader;
import one.profiler.AsyncProfiler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * async-profiler attached to a running server JVM by its pid, recording CPU samples and
 * allocations together into one JFR file from {@link #start} to {@link #stop}: a window that
 * covers the measured load only, not the server's start-up. The result gives collapsed stacks
 * for {@link FlameGraphSvg} and the two totals a benchmark divides by the requests it served.
 *
 * <p>The agent is loaded into the server with the JDK's Attach API, so the server needs no
 * option of its own beyond {@link #JVM_OPTIONS}.
 */
final class ServerProfile implements AutoCloseable {

    /**
     * For each profiled server's command line. Java 21 and later warn about, and a future Java will
     * refuse, an agent loaded into a running JVM unless it allows it; Java 17 knows the flag too.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+EnableDynamicAgentLoading");

    /** Time between two CPU samples of a running thread: samples × this is CPU time. */
    static final Duration CPU_INTERVAL = Duration.ofMillis(10);

    /**
     * {@code cpu} is perf_events where the kernel allows it (with kernel frames), else async-profiler
     * falls back to {@code ctimer}; {@code alloc} samples allocations by TLAB and outside it, each
     * weighted by its size. With {@code jfr} both go into one recording.
     */
    private static final String EVENTS = "event=cpu,interval=" + CPU_INTERVAL.toNanos() + ",alloc,jfr,quiet";

    private static Path library;

    private final long pid;
    private final Path jfrFile;
    private boolean running = true;

    private ServerProfile(long pid, Path jfrFile) {
        this.pid = pid;
        this.jfrFile = jfrFile;
    }

    static ServerProfile start(long pid, Path jfrFile) {
        Path absolute = jfrFile.toAbsolutePath();
        if (absolute.toString().contains(",")) {
            throw new IllegalArgumentException("the agent's options are comma-separated: " + absolute);
        }
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        command(pid, "start," + EVENTS + ",file=" + absolute);
        return new ServerProfile(pid, absolute);
    }

    /** Stops the recording, which the agent then finishes writing, and reads it. */
    Result stop() {
        running = false;
        command(pid, "stop,file=" + jfrFile);
        return read(jfrFile);
    }

    /** Stops a recording nobody read, as when the load failed; the server may be gone already. */
    @Override
    public void close() {
        if (running && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            running = false;
            command(pid, "stop,file=" + jfrFile);
        }
    }

    /** Reads a recording made by {@link #start}, also one kept from an earlier run. */
    static Result read(Path jfrFile) {
        // Dotted class names, so that FlameGraphSvg tells packages apart as the code names them.
        List<String> cpu = collapsed(jfrFile, new Arguments("--dot"));
        // --total: each allocation counts its bytes (its sample's weight), not 1.
        List<String> allocation = collapsed(jfrFile, new Arguments("--dot", "--alloc", "--total"));
        return new Result(jfrFile, cpu, allocation);
    }

    /**
     * What one profiled window recorded.
     *
     * @param cpuStacks collapsed stacks counted in CPU samples
     * @param allocationStacks collapsed stacks counted in bytes; the top frame is the class allocated
     */
    record Result(Path jfrFile, List<String> cpuStacks, List<String> allocationStacks) {

        long cpuSamples() {
            return sum(cpuStacks);
        }

        /** CPU time of all the server's threads, as the samples estimate it. */
        Duration cpuTime() {
            return CPU_INTERVAL.multipliedBy(cpuSamples());
        }

        /** Bytes the server allocated on the Java heap over the window, as the samples estimate it. */
        long allocatedBytes() {
            return sum(allocationStacks);
        }

        /** {@code name-cpu.svg} and {@code name-alloc.svg} in the directory, with their collapsed stacks beside. */
        void writeFlameGraphs(Path directory, String name, String title) {
            try {
                Files.createDirectories(directory);
                Files.write(directory.resolve(name + "-cpu.collapsed"), cpuStacks);
                Files.write(directory.resolve(name + "-alloc.collapsed"), allocationStacks);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FlameGraphSvg.write(directory.resolve(name + "-cpu.svg"), title + ": CPU", "samples", cpuStacks);
            FlameGraphSvg.write(
                    directory.resolve(name + "-alloc.svg"), title + ": allocations", "bytes", allocationStacks);
        }

        private static long sum(List<String> stacks) {
            return stacks.stream()
                    .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }
    }

    private static void command(long pid, String options) {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            try {
                vm.loadAgentPath(library().toString(), options);
            } finally {
                vm.detach();
            }
        } catch (Exception e) { // the Attach API's five checked exceptions all mean the same here
            throw new IllegalStateException("async-profiler in process " + pid + " refused " + options, e);
        }
    }

    private static List<String> collapsed(Path jfrFile, Arguments arguments) {
        arguments.output = "collapsed";
        try (JfrReader reader = new JfrReader(jfrFile.toString())) {
            JfrToFlame converter = new JfrToFlame(reader, arguments);
            converter.convert();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            converter.dump(out);
            return out.toString(StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The agent, taken out of the async-profiler jar on the class path into target/ once per test
     * JVM. Never rewritten under a server that has it loaded: the same bytes are kept, new ones
     * replace the file by a rename, which leaves the mapped one intact.
     */
    private static synchronized Path library() throws IOException, URISyntaxException {
        if (library == null) {
            Path jar = Path.of(AsyncProfiler.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            byte[] bytes;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry("linux-x64/libasyncProfiler.so");
                if (entry == null) {
                    throw new IllegalStateException(jar + " has no agent for linux-x64, the one platform declared");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
            }
            Path target =
                    Path.of("target", "async-profiler", "libasyncProfiler.so").toAbsolutePath();
            if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.createDirectories(target.getParent());
                Path fresh = Files.write(Files.createTempFile(target.getParent(), "lib", ".so"), bytes);
                Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            library = target;
        }
        return library;
    }
}

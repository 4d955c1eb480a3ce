package dev.runlog.bootstrap;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An image as {@code jib:buildTar} writes it in OCI format: an OCI image layout in a tar file. Read
 * as a container runtime reads it: index.json names the image's manifest, the manifest its
 * configuration and its layers, each a blob under {@code blobs/sha256/} named by its digest.
 */
record ImageTarball(JsonNode config, List<Layer> layers) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One layer: its blob in the tarball, what it holds (the history's comment), the paths of its files. */
    record Layer(String blob, String comment, List<String> paths) {

        /** What a failed assertion shows: the layer's name, not its thousands of paths. */
        @Override
        public String toString() {
            return "the layer \"" + comment + "\" (" + paths.size() + " files)";
        }
    }

    static ImageTarball read(Path tarball) {
        try (TarFile tar = new TarFile(tarball.toFile())) {
            JsonNode index = json(tar, "index.json");
            JsonNode manifest = json(tar, blob(index.get("manifests").get(0)));
            JsonNode config = json(tar, blob(manifest.get("config")));
            JsonNode history = config.get("history");
            List<Layer> layers = new ArrayList<>();
            JsonNode layerBlobs = manifest.get("layers");
            for (int i = 0; i < layerBlobs.size(); i++) {
                // One history entry per layer here: neither the base nor Jib adds an empty one.
                String comment = history.get(i).path("comment").asString("base image");
                String blob = blob(layerBlobs.get(i));
                layers.add(new Layer(blob, comment, paths(tar, blob)));
            }
            return new ImageTarball(config, layers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layer that holds a file whose path starts so (a jar of any version); fails if none does. */
    Layer layerHolding(String pathStart) {
        return layers.stream()
                .filter(layer -> layer.paths().stream().anyMatch(path -> path.startsWith(pathStart)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no layer holds " + pathStart + "..."));
    }

    private static String blob(JsonNode descriptor) {
        return "blobs/sha256/" + descriptor.get("digest").asString().substring("sha256:".length());
    }

    private static JsonNode json(TarFile tar, String name) throws IOException {
        try (InputStream in = tar.getInputStream(entry(tar, name))) {
            return JSON.readTree(in);
        }
    }

    private static List<String> paths(TarFile tar, String name) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TarArchiveInputStream layer =
                new TarArchiveInputStream(new GZIPInputStream(tar.getInputStream(entry(tar, name))))) {
            for (TarArchiveEntry file = layer.getNextEntry(); file != null; file = layer.getNextEntry()) {
                // Layers name their files relative to the root, some as "./etc/passwd": made absolute.
                paths.add("/" + file.getName().replaceFirst("^\\./", "").replaceFirst("/$", ""));
            }
        }
        return paths;
    }

    private static TarArchiveEntry entry(TarFile tar, String name) {
        return tar.getEntries().stream()
                .filter(entry -> entry.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " in the image tarball"));
    }
}

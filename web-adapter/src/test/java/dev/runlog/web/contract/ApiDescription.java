package dev.runlog.web.contract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenAPI 3.1 document, read once: finds the operation a request was for, follows the
 * document's own {@code $ref}s (to responses, headers, examples) and validates values against
 * the schemas in it.
 */
public final class ApiDescription {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The methods a path item may describe (OpenAPI 3.1). */
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode document;
    private final List<PathTemplate> paths;
    private final DescriptionSchemas schemas;

    private ApiDescription(String json) {
        this.document = JSON.readTree(json);
        this.paths = document.path("paths").propertyNames().stream()
                .map(PathTemplate::of)
                .sorted(PathTemplate.MOST_SPECIFIC_FIRST)
                .toList();
        this.schemas = new DescriptionSchemas(json);
    }

    public static ApiDescription read(Path file) {
        try {
            return new ApiDescription(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API description " + file.toAbsolutePath(), e);
        }
    }

    public static ApiDescription parse(String json) {
        return new ApiDescription(json);
    }

    public static ApiDescription of(JsonNode document) {
        return new ApiDescription(document.toString());
    }

    /** A copy of the whole document, to read or to change without touching this description. */
    public JsonNode document() {
        return document.deepCopy();
    }

    public DescriptionNode root() {
        return new DescriptionNode(document, "");
    }

    public DescriptionSchemas schemas() {
        return schemas;
    }

    /** The operation for this method and path (no query string), the most specific template first. */
    public Optional<DescribedOperation> operation(String method, String path) {
        String name = method.toLowerCase(Locale.ROOT);
        return paths.stream()
                .filter(template -> template.matches(path))
                .findFirst()
                .filter(template -> pathItem(template).has(name))
                .map(template -> operationAt(template.template(), name));
    }

    /** Every operation, path by path in document order. */
    public List<DescribedOperation> operations() {
        List<DescribedOperation> operations = new ArrayList<>();
        for (String path : document.path("paths").propertyNames()) {
            for (String method : METHODS) {
                if (pathItem(PathTemplate.of(path)).has(method)) {
                    operations.add(operationAt(path, method));
                }
            }
        }
        return operations;
    }

    private DescribedOperation operationAt(String path, String method) {
        DescriptionNode pathItem = pathItem(PathTemplate.of(path));
        return new DescribedOperation(method, path, pathItem, resolve(pathItem.get(method)));
    }

    private DescriptionNode pathItem(PathTemplate template) {
        return resolve(root().get("paths").get(template.template()));
    }

    /** The node itself, or what its {@code $ref} into this document points at, followed to the end. */
    public DescriptionNode resolve(DescriptionNode node) {
        Set<String> seen = new HashSet<>();
        DescriptionNode current = node;
        while (current.node().path("$ref").isString()) {
            String ref = current.text("$ref");
            if (!ref.startsWith("#") || !seen.add(ref)) {
                throw new IllegalStateException("cannot follow $ref " + ref + " at " + current.pointer());
            }
            String pointer = ref.substring(1);
            current = new DescriptionNode(document.at(pointer), pointer);
        }
        return current;
    }
}

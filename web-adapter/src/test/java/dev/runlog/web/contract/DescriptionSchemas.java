package dev.runlog.web.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas of one API description, validated where they stand in it: a schema is named by
 * its JSON pointer (such as {@code /components/schemas/Problem}), so {@code $ref}s inside it
 * resolve within the same document. OpenAPI 3.1's schemas are JSON Schema 2020-12 in the OAS
 * base dialect, which is what {@link Dialects#getOpenApi31()} reads. Formats are asserted, not
 * only noted: a client generated from the description trusts a {@code format: uri} as much as
 * a {@code type}.
 */
public final class DescriptionSchemas {

    /** The name the document goes by inside the registry; nothing is ever fetched from it. */
    private static final String DOCUMENT = "urn:runlog:api-description";

    private final SchemaRegistry registry;
    private final Map<String, Schema> byPointer = new ConcurrentHashMap<>();

    DescriptionSchemas(String json) {
        this.registry = SchemaRegistry.withDialect(
                Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, json))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .pathType(PathType.JSON_PATH)
                                .formatAssertionsEnabled(true)
                                .build()));
    }

    /** What is wrong with the value, one line per violation, each naming where: {@code $.runs[0].mood: ...}. */
    public List<String> violations(String pointer, JsonNode value) {
        return schemaAt(pointer).validate(value).stream()
                .map(DescriptionSchemas::describe)
                .toList();
    }

    private Schema schemaAt(String pointer) {
        return byPointer.computeIfAbsent(pointer, at -> {
            Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + at));
            // Fully built before it is shared: tests on many threads (LoadTest) validate at once.
            schema.initializeValidators();
            return schema;
        });
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}

package dev.runlog.web.description;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.runlog.web.contract.ApiDescription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The document is an OpenAPI 3.1 document, by the official JSON Schema of the format (vendored
 * beside this rule, see its README): the structure every tool that reads the file relies on.
 */
final class ValidOpenApi31 implements LintRule {

    private static final String SCHEMA_ID = "https://spec.openapis.org/oas/3.1/schema/2025-11-23";

    private final Schema schema = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemas(Map.of(SCHEMA_ID, vendored("openapi-3.1-schema.json")))
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .pathType(PathType.JSON_PATH)
                                    .build()))
            .getSchema(SchemaLocation.of(SCHEMA_ID));

    @Override
    public List<String> findingsIn(ApiDescription description) {
        return schema.validate(description.document()).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }

    private static String vendored(String name) {
        try (InputStream in = ValidOpenApi31.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

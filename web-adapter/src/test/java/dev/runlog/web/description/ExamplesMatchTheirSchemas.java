package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every example is a value its schema takes: a media type's, parameter's or header's
 * {@code example} and {@code examples}, and a schema's own {@code example} and {@code examples}
 * (each property's, too). Readers and mock servers take examples at their word.
 */
final class ExamplesMatchTheirSchemas implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        DescriptionParts parts = new DescriptionParts(description);
        List<String> findings = new ArrayList<>();
        List<DescriptionNode> holders = new ArrayList<>(parts.mediaTypes());
        holders.addAll(parts.parametersAndHeaders());
        for (DescriptionNode holder : holders) {
            DescriptionNode schema = holder.get("schema");
            if (!schema.isMissing()) {
                findings.addAll(check(description, schema, holder.get("example")));
                for (Map.Entry<String, DescriptionNode> named :
                        holder.get("examples").members()) {
                    findings.addAll(check(
                            description,
                            schema,
                            description.resolve(named.getValue()).get("value")));
                }
            }
        }
        for (DescriptionNode root : parts.schemaRoots()) {
            for (DescriptionNode schema : Subschemas.andAllWithin(root)) {
                findings.addAll(check(description, schema, schema.get("example")));
                schema.get("examples")
                        .elements()
                        .forEach(example -> findings.addAll(check(description, schema, example)));
            }
        }
        return findings;
    }

    private static List<String> check(ApiDescription description, DescriptionNode schema, DescriptionNode example) {
        if (example.node().isMissingNode()) {
            return List.of();
        }
        return description.schemas().violations(schema.pointer(), example.node()).stream()
                .map(violation -> "example at " + example.pointer() + ": " + violation)
                .toList();
    }
}

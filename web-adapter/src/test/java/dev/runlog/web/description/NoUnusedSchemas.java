package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every schema in {@code components/schemas} is used by an operation, directly or through
 * another schema that is: an unused one is a type generated clients carry for nothing, and
 * often a sign that what an endpoint takes or answers was renamed without its schema.
 */
final class NoUnusedSchemas implements LintRule {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public List<String> findingsIn(ApiDescription description) {
        DescriptionNode schemas = description.root().get("components").get("schemas");
        Set<String> used = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        referencesIn(description.root(), true).forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (used.add(name)) {
                referencesIn(schemas.get(name), false).forEach(toVisit::add);
            }
        }
        List<String> findings = new ArrayList<>();
        for (String name : schemas.node().propertyNames()) {
            if (!used.contains(name)) {
                findings.add("components/schemas/" + name + " is used by no operation");
            }
        }
        return findings;
    }

    /** The schema names this node's {@code $ref}s point into; {@code outsideSchemas}: not counting the schemas' own. */
    private static List<String> referencesIn(DescriptionNode node, boolean outsideSchemas) {
        List<String> names = new ArrayList<>();
        if (outsideSchemas && node.pointer().equals("/components/schemas")) {
            return names;
        }
        String ref = node.text("$ref");
        if (ref != null && ref.startsWith(PREFIX)) {
            names.add(ref.substring(PREFIX.length())
                    .split("/", 2)[0]
                    .replace("~1", "/")
                    .replace("~0", "~"));
        }
        for (Map.Entry<String, DescriptionNode> member : node.members()) {
            names.addAll(referencesIn(member.getValue(), outsideSchemas));
        }
        for (DescriptionNode element : node.elements()) {
            names.addAll(referencesIn(element, outsideSchemas));
        }
        return names;
    }
}

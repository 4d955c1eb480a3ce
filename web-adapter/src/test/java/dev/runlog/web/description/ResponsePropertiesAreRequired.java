package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every property of a schema a response uses, however deep, is listed in that schema's
 * {@code required}: Runlog's responses are records that Jackson writes whole, a null field
 * included, so a client may rely on each being there (and "may be null" is said by the type).
 * The exception is the problem: RFC 9457 members without a value are left out, and both of
 * Runlog's problem writers (Spring's and {@code Problems.json}) do so.
 */
final class ResponsePropertiesAreRequired implements LintRule {

    private static final Map<String, Set<String>> LEFT_OUT_WHEN_EMPTY =
            Map.of("/components/schemas/Problem", Set.of("instance", "errors"));

    @Override
    public List<String> findingsIn(ApiDescription description) {
        List<String> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<DescriptionNode> toVisit = new ArrayList<>();
        for (DescriptionNode response : new DescriptionParts(description).responses()) {
            response.get("content")
                    .members()
                    .forEach(mediaType -> toVisit.add(mediaType.getValue().get("schema")));
        }
        for (int i = 0; i < toVisit.size(); i++) {
            DescriptionNode schema = toVisit.get(i);
            if (schema.isMissing() || !seen.add(schema.pointer())) {
                continue;
            }
            findings.addAll(unlisted(schema));
            toVisit.addAll(Subschemas.of(schema));
            if (schema.has("$ref")) {
                toVisit.add(description.resolve(schema));
            }
        }
        return findings;
    }

    private static List<String> unlisted(DescriptionNode schema) {
        Set<String> required = new HashSet<>();
        schema.get("required")
                .elements()
                .forEach(name -> required.add(name.node().asString()));
        Set<String> mayBeLeftOut = LEFT_OUT_WHEN_EMPTY.getOrDefault(schema.pointer(), Set.of());
        return schema.get("properties").node().propertyNames().stream()
                .filter(property -> !required.contains(property) && !mayBeLeftOut.contains(property))
                .map(property -> Subschemas.nameOf(schema) + "." + property + " is not listed in required")
                .toList();
    }
}

package dev.runlog.web.description;

import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The schemas written inside a schema (JSON Schema 2020-12's applicators), one level down. */
final class Subschemas {

    private static final List<String> ONE = List.of(
            "items",
            "additionalProperties",
            "not",
            "if",
            "then",
            "else",
            "contains",
            "propertyNames",
            "unevaluatedItems",
            "unevaluatedProperties");
    private static final List<String> LISTS = List.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> MAPS = List.of("properties", "patternProperties", "dependentSchemas", "$defs");

    private Subschemas() {}

    static List<DescriptionNode> of(DescriptionNode schema) {
        List<DescriptionNode> found = new ArrayList<>();
        for (String keyword : ONE) {
            if (schema.get(keyword).node().isObject()) {
                found.add(schema.get(keyword));
            }
        }
        LISTS.forEach(keyword -> found.addAll(schema.get(keyword).elements()));
        MAPS.forEach(keyword ->
                schema.get(keyword).members().stream().map(Map.Entry::getValue).forEach(found::add));
        return found;
    }

    /** A schema and everything written inside it, however deep. */
    static List<DescriptionNode> andAllWithin(DescriptionNode schema) {
        List<DescriptionNode> all = new ArrayList<>(List.of(schema));
        for (int i = 0; i < all.size(); i++) {
            all.addAll(of(all.get(i)));
        }
        return all;
    }

    /** {@code RunResponse.mood} for a component's property; the JSON pointer for anything else. */
    static String nameOf(DescriptionNode schema) {
        String prefix = "/components/schemas/";
        if (!schema.pointer().startsWith(prefix)) {
            return schema.pointer();
        }
        return schema.pointer()
                .substring(prefix.length())
                .replace("/properties/", ".")
                .replace("~1", "/")
                .replace("~0", "~");
    }
}

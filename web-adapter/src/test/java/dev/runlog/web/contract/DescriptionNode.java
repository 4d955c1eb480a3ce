package dev.runlog.web.contract;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node of the API description together with the JSON pointer it sits at, so a schema found
 * anywhere in the document can be validated in place, where its {@code $ref}s resolve.
 */
public record DescriptionNode(JsonNode node, String pointer) {

    public boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    public boolean has(String name) {
        return node.has(name);
    }

    public DescriptionNode get(String name) {
        return new DescriptionNode(node.path(name), pointer + "/" + escape(name));
    }

    public String text(String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.stringValue() : null;
    }

    /** The named members of this object node, in document order; none for anything else. */
    public List<Map.Entry<String, DescriptionNode>> members() {
        List<Map.Entry<String, DescriptionNode>> members = new ArrayList<>();
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                members.add(Map.entry(name, get(name)));
            }
        }
        return members;
    }

    /** The elements of this array node; none for anything else. */
    public List<DescriptionNode> elements() {
        List<DescriptionNode> elements = new ArrayList<>();
        for (int i = 0; i < node.size() && node.isArray(); i++) {
            elements.add(new DescriptionNode(node.get(i), pointer + "/" + i));
        }
        return elements;
    }

    /** JSON pointer escaping (RFC 6901): a media type's or path's slash must not split the pointer. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}

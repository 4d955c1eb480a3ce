package dev.runlog.web.contract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An answer's headers against the response the description lists: each one declared
 * {@code required} is there, and each declared one that is there has a value its schema takes.
 */
final class HeaderCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiDescription description;

    HeaderCheck(ApiDescription description) {
        this.description = description;
    }

    List<String> violations(DescriptionNode response, Exchange exchange) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, DescriptionNode> declared :
                response.get("headers").members()) {
            String name = declared.getKey();
            DescriptionNode header = description.resolve(declared.getValue());
            Optional<String> value = exchange.header(name);
            if (value.isEmpty()) {
                if (header.node().path("required").asBoolean(false)) {
                    found.add("header " + name + " is required but missing");
                }
                continue;
            }
            DescriptionNode schema = header.get("schema");
            if (!schema.isMissing()) {
                description.schemas().violations(schema.pointer(), asJson(value.get(), schema)).stream()
                        .map(violation -> "header " + name + violation.replaceFirst("^\\$", ""))
                        .forEach(found::add);
            }
        }
        return found;
    }

    /** A header is text on the wire; its schema may say it is a number (Retry-After: 5). */
    private JsonNode asJson(String value, DescriptionNode schema) {
        JsonNode type = description.resolve(schema).node().path("type");
        boolean numeric = type.toString().contains("integer") || type.toString().contains("number");
        if (numeric && value.matches("-?\\d+(\\.\\d+)?")) {
            return JSON.readTree(value);
        }
        return JsonNodeFactory.instance.stringNode(value);
    }
}

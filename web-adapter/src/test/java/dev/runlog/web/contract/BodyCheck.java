package dev.runlog.web.contract;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * An answer's body against the response the description lists: a media type it declares, and
 * a body its schema accepts; or no body at all where it declares none (204, 304).
 */
final class BodyCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiDescription description;

    BodyCheck(ApiDescription description) {
        this.description = description;
    }

    List<String> violations(DescriptionNode response, Exchange exchange) {
        DescriptionNode content = response.get("content");
        if (content.members().isEmpty()) {
            return exchange.body().isEmpty()
                    ? List.of()
                    : List.of("the description says no body, but one of "
                            + exchange.body().length() + " characters came");
        }
        String mediaType = exchange.mediaType().orElse("");
        DescriptionNode declared = content.get(mediaType);
        if (mediaType.isEmpty() || declared.isMissing()) {
            return List.of("Content-Type " + exchange.header("Content-Type").orElse("(none)") + " is not one of "
                    + String.join(", ", content.node().propertyNames()));
        }
        DescriptionNode schema = declared.get("schema");
        if (schema.isMissing() || !isJson(mediaType)) {
            return List.of();
        }
        return jsonViolations(schema.pointer(), exchange);
    }

    /** The body parsed as JSON against the schema at this pointer of the description. */
    List<String> jsonViolations(String schemaPointer, Exchange exchange) {
        JsonNode body;
        try {
            body = JSON.readTree(exchange.body());
        } catch (JacksonException e) {
            return List.of("the body is not JSON: " + abbreviated(exchange.body()));
        }
        if (body.isMissingNode()) {
            return List.of("the body is empty; the description says it is JSON");
        }
        return description.schemas().violations(schemaPointer, body);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String abbreviated(String body) {
        return body.length() <= 80 ? body : body.substring(0, 80) + "...";
    }
}

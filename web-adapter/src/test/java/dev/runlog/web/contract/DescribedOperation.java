package dev.runlog.web.contract;

import java.util.Locale;

/** One operation of the description, such as {@code GET /api/users/{id}}, with its description node. */
public record DescribedOperation(String method, String path, DescriptionNode pathItem, DescriptionNode node) {

    public String name() {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** The response listed for this status: its own code, or {@code default} where one is declared. */
    public DescriptionNode response(int status) {
        DescriptionNode responses = node.get("responses");
        DescriptionNode exact = responses.get(String.valueOf(status));
        return exact.isMissing() ? responses.get("default") : exact;
    }

    public String listedStatuses() {
        return String.join(", ", node.get("responses").node().propertyNames());
    }
}

package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every 2xx response with a body is {@code application/json}: the one format Runlog answers in. */
final class SuccessBodiesAreJson implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        DescriptionParts parts = new DescriptionParts(description);
        List<String> findings = new ArrayList<>();
        for (DescribedOperation operation : description.operations()) {
            for (Map.Entry<String, DescriptionNode> response : parts.responsesOf(operation)) {
                List<String> mediaTypes =
                        List.copyOf(response.getValue().get("content").node().propertyNames());
                if (response.getKey().startsWith("2")
                        && !mediaTypes.isEmpty()
                        && !mediaTypes.equals(List.of("application/json"))) {
                    findings.add(operation.name() + " -> " + response.getKey() + " is " + String.join(", ", mediaTypes)
                            + ", not application/json");
                }
            }
        }
        return findings;
    }
}

package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every operation lists at least one 2xx and one 4xx response: what success looks like, and
 * how a request the API refuses is told (Redocly's operation-2xx-response, operation-4xx-response).
 */
final class EveryOperationAnswersSuccessAndClientError implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        List<String> findings = new ArrayList<>();
        for (DescribedOperation operation : description.operations()) {
            Collection<String> statuses =
                    operation.node().get("responses").node().propertyNames();
            if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
                findings.add(operation.name() + " lists no 2xx response");
            }
            if (statuses.stream().noneMatch(status -> status.startsWith("4"))) {
                findings.add(operation.name() + " lists no 4xx response");
            }
        }
        return findings;
    }
}

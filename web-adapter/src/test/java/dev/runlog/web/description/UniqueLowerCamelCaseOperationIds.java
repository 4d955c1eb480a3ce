package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every operation has an {@code operationId}, unique and lowerCamelCase: generated clients name
 * their methods after it ({@code api.getUser(7)}), so it must be a valid, stable identifier.
 */
final class UniqueLowerCamelCaseOperationIds implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        List<String> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DescribedOperation operation : description.operations()) {
            String id = operation.node().text("operationId");
            if (id == null) {
                findings.add(operation.name() + " has no operationId");
            } else if (!id.matches("[a-z][a-zA-Z0-9]*")) {
                findings.add(operation.name() + ": operationId " + id + " is not lowerCamelCase");
            } else if (!seen.add(id)) {
                findings.add(operation.name() + ": operationId " + id + " is taken by another operation");
            }
        }
        return findings;
    }
}

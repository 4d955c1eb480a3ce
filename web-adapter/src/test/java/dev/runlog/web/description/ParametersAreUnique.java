package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * No operation declares the same parameter (name and location) twice: which of the two would a
 * client send? (Redocly's operation-parameters-unique.)
 */
final class ParametersAreUnique implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        List<String> findings = new ArrayList<>();
        for (DescribedOperation operation : description.operations()) {
            Set<String> seen = new HashSet<>();
            for (DescriptionNode parameter : operation.node().get("parameters").elements()) {
                DescriptionNode declared = description.resolve(parameter);
                String key = declared.text("in") + " parameter " + declared.text("name");
                if (!seen.add(key)) {
                    findings.add(operation.name() + " declares " + key + " twice");
                }
            }
        }
        return findings;
    }
}

package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;

import java.util.List;

/** Every operation has a summary: the line a reader of the docs, and a client's IDE, shows for it. */
final class EveryOperationHasASummary implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        return description.operations().stream()
                .filter(operation -> isBlank(operation.node().text("summary")))
                .map(DescribedOperation::name)
                .map(name -> name + " has no summary")
                .toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

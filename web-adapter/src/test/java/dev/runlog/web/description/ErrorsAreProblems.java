package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every 4xx and 5xx response is {@code application/problem+json} and nothing else, with the one
 * {@code Problem} schema: a client reads every failure with the same code (RFC 9457).
 */
final class ErrorsAreProblems implements LintRule {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public List<String> findingsIn(ApiDescription description) {
        DescriptionParts parts = new DescriptionParts(description);
        List<String> findings = new ArrayList<>();
        for (DescribedOperation operation : description.operations()) {
            for (Map.Entry<String, DescriptionNode> response : parts.responsesOf(operation)) {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    String where = operation.name() + " -> " + response.getKey();
                    findings.addAll(problemFindings(where, response.getValue().get("content")));
                }
            }
        }
        return findings.stream().distinct().toList();
    }

    private static List<String> problemFindings(String where, DescriptionNode content) {
        List<String> mediaTypes = List.copyOf(content.node().propertyNames());
        if (!mediaTypes.equals(List.of(PROBLEM_JSON))) {
            return List.of(where + " is " + (mediaTypes.isEmpty() ? "without content" : String.join(", ", mediaTypes))
                    + ", not " + PROBLEM_JSON + " alone");
        }
        String ref = content.get(PROBLEM_JSON).get("schema").text("$ref");
        return PROBLEM.equals(ref) ? List.of() : List.of(where + ": the schema is not a $ref to " + PROBLEM);
    }
}

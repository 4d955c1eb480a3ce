package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation has exactly one tag, and that tag is declared at the top of the document with
 * a description: the tag is the group a generated client puts the operation in ({@code UsersApi}),
 * and one tag means one group.
 */
final class OneDescribedTagPerOperation implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        Map<String, DescriptionNode> declared = new HashMap<>();
        description.root().get("tags").elements().forEach(tag -> declared.putIfAbsent(tag.text("name"), tag));
        List<String> findings = new ArrayList<>();
        for (DescribedOperation operation : description.operations()) {
            List<DescriptionNode> tags = operation.node().get("tags").elements();
            if (tags.size() != 1) {
                findings.add(operation.name() + " has " + tags.size() + " tags, not one");
                continue;
            }
            String tag = tags.get(0).node().asString();
            if (!declared.containsKey(tag)) {
                findings.add(operation.name() + ": tag " + tag + " is not declared in the top-level tags");
            } else if (isBlank(declared.get(tag).text("description"))) {
                findings.add("tag " + tag + " has no description");
            }
        }
        return findings.stream().distinct().toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each path is a plain template that no other path repeats: no query string in it, no trailing
 * slash, and no two that differ only in their parameters' names ({@code /users/{id}} and
 * {@code /users/{userId}}), which no router can tell apart (Redocly's path-not-include-query,
 * no-path-trailing-slash, no-identical-paths).
 */
final class PathsAreUnambiguous implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        List<String> findings = new ArrayList<>();
        Map<String, String> byShape = new HashMap<>();
        for (String path : description.root().get("paths").node().propertyNames()) {
            if (path.contains("?")) {
                findings.add("path " + path + " has a query string in it");
            }
            if (path.length() > 1 && path.endsWith("/")) {
                findings.add("path " + path + " ends with a slash");
            }
            String other = byShape.putIfAbsent(path.replaceAll("\\{[^}]*}", "{}"), path);
            if (other != null) {
                findings.add("path " + path + " is the same as " + other + " but for its parameters' names");
            }
        }
        return findings;
    }
}

package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every parameter a path template names ({@code {userId}}) is declared {@code in: path} with
 * {@code required: true}, and no path parameter is declared that the template does not name:
 * otherwise a client cannot build the address.
 */
final class PathParametersAreDeclared implements LintRule {

    private static final Pattern TEMPLATED = Pattern.compile("\\{([^}/]+)}");

    @Override
    public List<String> findingsIn(ApiDescription description) {
        DescriptionParts parts = new DescriptionParts(description);
        List<String> findings = new ArrayList<>();
        for (DescribedOperation operation : description.operations()) {
            List<String> named = namedIn(operation.path());
            List<DescriptionNode> declared = parts.parametersOf(operation).stream()
                    .filter(parameter -> "path".equals(parameter.text("in")))
                    .toList();
            for (String name : named) {
                DescriptionNode parameter = declared.stream()
                        .filter(candidate -> name.equals(candidate.text("name")))
                        .findFirst()
                        .orElse(null);
                if (parameter == null) {
                    findings.add(operation.name() + ": path parameter " + name + " is not declared");
                } else if (!parameter.node().path("required").asBoolean(false)) {
                    findings.add(operation.name() + ": path parameter " + name + " is not required: true");
                }
            }
            declared.stream()
                    .map(parameter -> parameter.text("name"))
                    .filter(name -> !named.contains(name))
                    .forEach(name -> findings.add(
                            operation.name() + ": declares path parameter " + name + ", which the path does not name"));
        }
        return findings;
    }

    private static List<String> namedIn(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = TEMPLATED.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

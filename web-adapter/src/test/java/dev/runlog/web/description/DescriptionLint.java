package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;

import java.util.List;

/**
 * The rules an API description of Runlog's keeps to: the spirit of Redocly's recommended set
 * (valid OpenAPI, unique operation ids, summaries, declared tags and path parameters, used
 * components, examples that fit, sensible servers and paths) and Runlog's own (errors are
 * problems, successes are JSON, one tag per operation, every response property required).
 * Each rule is shown to catch what it forbids in {@link LintRulesCatchViolationsTest}.
 */
final class DescriptionLint {

    static final List<LintRule> RULES = List.of(
            new ValidOpenApi31(),
            new UniqueLowerCamelCaseOperationIds(),
            new EveryOperationHasASummary(),
            new OneDescribedTagPerOperation(),
            new PathParametersAreDeclared(),
            new ParametersAreUnique(),
            new PathsAreUnambiguous(),
            new EveryOperationAnswersSuccessAndClientError(),
            new ErrorsAreProblems(),
            new SuccessBodiesAreJson(),
            new ExamplesMatchTheirSchemas(),
            new NoUnusedSchemas(),
            new ServersAreAbsoluteUrls(),
            new ResponsePropertiesAreRequired());

    private DescriptionLint() {}

    /** Every finding of every rule, each as {@code RuleName: what is wrong, and where}. */
    static List<String> findingsIn(ApiDescription description) {
        return RULES.stream()
                .flatMap(rule -> rule.findingsIn(description).stream().map(finding -> rule.name() + ": " + finding))
                .toList();
    }
}

package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Proof that every rule of {@link DescriptionLint} bites: each is run on a copy of
 * docs/openapi.json changed to break it, and must find something it did not find in the
 * document as it is, saying what. A rule without such a case fails here too.
 */
class LintRulesCatchViolationsTest {

    private static final ApiDescription DESCRIPTION = ApiDescription.read(Path.of("..", "docs", "openapi.json"));

    static Stream<Arguments> everyRuleWithAChangeThatBreaksIt() {
        return Stream.of(
                breaking(ValidOpenApi31.class, "info is no object", doc -> doc.put("info", "Runlog"), "$.info"),
                breaking(
                        UniqueLowerCamelCaseOperationIds.class,
                        "an operation without an id",
                        doc -> operation(doc, 0).remove("operationId"),
                        "has no operationId"),
                breaking(
                        UniqueLowerCamelCaseOperationIds.class,
                        "an id in snake case",
                        doc -> operation(doc, 0).put("operationId", "get_user"),
                        "get_user is not lowerCamelCase"),
                breaking(
                        UniqueLowerCamelCaseOperationIds.class,
                        "two operations with one id",
                        doc -> operation(doc, 1)
                                .put(
                                        "operationId",
                                        operation(doc, 0).path("operationId").asString()),
                        "is taken by another operation"),
                breaking(
                        EveryOperationHasASummary.class,
                        "an operation without a summary",
                        doc -> operation(doc, 0).remove("summary"),
                        "has no summary"),
                breaking(
                        OneDescribedTagPerOperation.class,
                        "an operation with two tags",
                        doc -> ((ArrayNode) operation(doc, 0).get("tags")).add("Extra"),
                        "has 2 tags, not one"),
                breaking(
                        OneDescribedTagPerOperation.class,
                        "a tag not declared",
                        doc -> operation(doc, 0).putArray("tags").add("Nowhere"),
                        "tag Nowhere is not declared"),
                breaking(
                        OneDescribedTagPerOperation.class,
                        "a declared tag without a description",
                        doc -> tagOf(doc, operation(doc, 0)).remove("description"),
                        "has no description"),
                breaking(
                        PathParametersAreDeclared.class,
                        "a template's parameter not declared",
                        doc -> templatedOperation(doc).remove("parameters"),
                        "is not declared"),
                breaking(
                        PathParametersAreDeclared.class,
                        "a path parameter not required",
                        doc -> pathParameter(doc).put("required", false),
                        "is not required: true"),
                breaking(
                        ParametersAreUnique.class,
                        "a parameter declared twice",
                        doc -> ((ArrayNode) templatedOperation(doc).get("parameters"))
                                .add(pathParameter(doc).deepCopy()),
                        "twice"),
                breaking(
                        PathsAreUnambiguous.class,
                        "a path that differs only in its parameter's name",
                        doc -> paths(doc)
                                .set(templatedPath(doc).replaceFirst("\\{[^}]*}", "{other}"), pathItem(doc, 0)),
                        "but for its parameters' names"),
                breaking(
                        PathsAreUnambiguous.class,
                        "a path with a trailing slash",
                        doc -> paths(doc).set("/api/somewhere/", pathItem(doc, 0)),
                        "ends with a slash"),
                breaking(
                        EveryOperationAnswersSuccessAndClientError.class,
                        "an operation without a 4xx",
                        doc -> withoutClientErrors(responses(doc, 0)),
                        "lists no 4xx response"),
                breaking(
                        ErrorsAreProblems.class,
                        "an error answered as plain JSON",
                        doc -> renameMediaType(response(doc, "4"), "application/problem+json", "application/json"),
                        "not application/problem+json alone"),
                breaking(
                        ErrorsAreProblems.class,
                        "an error with a schema of its own",
                        doc -> mediaType(response(doc, "4"), "application/problem+json")
                                .putObject("schema")
                                .put("type", "object"),
                        "is not a $ref to #/components/schemas/Problem"),
                breaking(
                        SuccessBodiesAreJson.class,
                        "a success answered as text",
                        doc -> renameMediaType(response(doc, "2"), "application/json", "text/plain"),
                        "is text/plain, not application/json"),
                breaking(
                        ExamplesMatchTheirSchemas.class,
                        "a property's example of the wrong type",
                        doc -> propertyWithAnExample(doc).putObject("example").put("not", "this"),
                        "example at /components/schemas/"),
                breaking(
                        ExamplesMatchTheirSchemas.class,
                        "a response's example of the wrong type",
                        doc -> namedExample(doc).put("value", "not a problem"),
                        "example at /paths/"),
                breaking(
                        NoUnusedSchemas.class,
                        "a schema nothing uses",
                        doc -> schemas(doc).putObject("Orphan").put("type", "object"),
                        "components/schemas/Orphan is used by no operation"),
                breaking(
                        ServersAreAbsoluteUrls.class,
                        "a relative server",
                        doc -> doc.putArray("servers").addObject().put("url", "/"),
                        "server / is not an absolute URL"),
                breaking(
                        ServersAreAbsoluteUrls.class,
                        "a server with a trailing slash",
                        doc -> doc.putArray("servers").addObject().put("url", "http://localhost:8080/"),
                        "ends with a slash"),
                breaking(ServersAreAbsoluteUrls.class, "no server", doc -> doc.remove("servers"), "names no server"),
                breaking(
                        ResponsePropertiesAreRequired.class,
                        "a problem member that may be left out",
                        doc -> ((ObjectNode) schemas(doc).get("Problem").get("properties"))
                                .putObject("extra")
                                .put("type", "string"),
                        "Problem.extra is not listed in required"));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @MethodSource("everyRuleWithAChangeThatBreaksIt")
    void eachRule_findsWhatBreaksIt_whereTheDocumentAsItIsHasNoSuchFinding(
            String rule, String change, Class<? extends LintRule> type, Consumer<ObjectNode> breakIt, String expected) {
        LintRule lint = ruleOfType(type);
        ObjectNode document = (ObjectNode) DESCRIPTION.document();
        breakIt.accept(document);

        List<String> found = new ArrayList<>(lint.findingsIn(ApiDescription.of(document)));
        found.removeAll(lint.findingsIn(DESCRIPTION));

        assertThat(found).as(change).anySatisfy(finding -> assertThat(finding).contains(expected));
    }

    @Test
    void everyRuleOfTheLint_isProvenToBite() {
        List<String> proven = everyRuleWithAChangeThatBreaksIt()
                .map(arguments -> (String) arguments.get()[0])
                .distinct()
                .toList();

        assertThat(DescriptionLint.RULES).extracting(LintRule::name).containsExactlyInAnyOrderElementsOf(proven);
    }

    private static Arguments breaking(
            Class<? extends LintRule> rule, String change, Consumer<ObjectNode> breakIt, String expected) {
        return arguments(rule.getSimpleName(), change, rule, breakIt, expected);
    }

    private static LintRule ruleOfType(Class<? extends LintRule> type) {
        return DescriptionLint.RULES.stream()
                .filter(type::isInstance)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " is not one of DescriptionLint.RULES"));
    }

    private static ObjectNode paths(ObjectNode doc) {
        return (ObjectNode) doc.get("paths");
    }

    private static ObjectNode schemas(ObjectNode doc) {
        return (ObjectNode) doc.get("components").get("schemas");
    }

    private static ObjectNode pathItem(ObjectNode doc, int index) {
        return (ObjectNode) paths(doc).values().stream().toList().get(index).deepCopy();
    }

    /** The index-th operation of the document, paths and their methods in document order. */
    private static ObjectNode operation(ObjectNode doc, int index) {
        return operations(doc).get(index);
    }

    private static List<ObjectNode> operations(ObjectNode doc) {
        List<ObjectNode> operations = new ArrayList<>();
        for (JsonNode pathItem : paths(doc).values()) {
            pathItem.properties().stream()
                    .filter(member -> member.getValue().has("responses"))
                    .forEach(member -> operations.add((ObjectNode) member.getValue()));
        }
        return operations;
    }

    private static String templatedPath(ObjectNode doc) {
        return paths(doc).propertyNames().stream()
                .filter(path -> path.contains("{"))
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode templatedOperation(ObjectNode doc) {
        JsonNode pathItem = paths(doc).get(templatedPath(doc));
        return (ObjectNode) pathItem.values().stream()
                .filter(operation -> operation.has("parameters"))
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode pathParameter(ObjectNode doc) {
        return (ObjectNode) templatedOperation(doc).get("parameters").values().stream()
                .filter(parameter -> parameter.path("in").asString().equals("path"))
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode tagOf(ObjectNode doc, ObjectNode operation) {
        String name = operation.get("tags").get(0).asString();
        return (ObjectNode) doc.get("tags").values().stream()
                .filter(tag -> tag.path("name").asString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode responses(ObjectNode doc, int operation) {
        return (ObjectNode) operation(doc, operation).get("responses");
    }

    private static void withoutClientErrors(ObjectNode responses) {
        responses.propertyNames().stream()
                .filter(status -> status.startsWith("4"))
                .toList()
                .forEach(responses::remove);
    }

    /** The first response of any operation whose status starts so and that has content, followed to its object. */
    private static ObjectNode response(ObjectNode doc, String statusPrefix) {
        for (ObjectNode operation : operations(doc)) {
            for (Map.Entry<String, JsonNode> response :
                    operation.get("responses").properties()) {
                JsonNode written = followed(doc, response.getValue());
                if (response.getKey().startsWith(statusPrefix) && written.has("content")) {
                    return (ObjectNode) written;
                }
            }
        }
        throw new IllegalStateException("no " + statusPrefix + "xx response with content");
    }

    private static ObjectNode mediaType(ObjectNode response, String name) {
        return (ObjectNode) response.get("content").get(name);
    }

    private static void renameMediaType(ObjectNode response, String from, String to) {
        ObjectNode content = (ObjectNode) response.get("content");
        content.set(to, content.remove(from));
    }

    private static ObjectNode propertyWithAnExample(ObjectNode doc) {
        return (ObjectNode) schemas(doc).values().stream()
                .flatMap(schema -> schema.path("properties").values().stream())
                .filter(property -> property.has("example") && property.has("type"))
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode namedExample(ObjectNode doc) {
        for (ObjectNode operation : operations(doc)) {
            for (JsonNode response : operation.get("responses").values()) {
                for (JsonNode mediaType :
                        followed(doc, response).path("content").values()) {
                    if (mediaType.has("examples")) {
                        return (ObjectNode) followed(
                                doc,
                                mediaType.get("examples").values().iterator().next());
                    }
                }
            }
        }
        throw new IllegalStateException("no response with named examples");
    }

    private static JsonNode followed(ObjectNode doc, JsonNode node) {
        return node.has("$ref") ? doc.at(node.get("$ref").asString().substring(1)) : node;
    }
}

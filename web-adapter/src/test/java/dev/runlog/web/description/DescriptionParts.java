package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescribedOperation;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the parts of a description are, for the rules to look at: responses, media types,
 * parameters and headers wherever they are written, in the operations or in the components.
 * Parts written as a {@code $ref} are found where they are written out, not again at each use.
 */
final class DescriptionParts {

    private final ApiDescription description;

    DescriptionParts(ApiDescription description) {
        this.description = description;
    }

    /** Each response as a status with its (followed) response object, for one operation. */
    List<Map.Entry<String, DescriptionNode>> responsesOf(DescribedOperation operation) {
        return operation.node().get("responses").members().stream()
                .map(response -> Map.entry(response.getKey(), description.resolve(response.getValue())))
                .toList();
    }

    /** The parameters an operation takes: its own, and those of its path item that it does not replace. */
    List<DescriptionNode> parametersOf(DescribedOperation operation) {
        List<DescriptionNode> parameters = new ArrayList<>();
        operation.node().get("parameters").elements().stream()
                .map(description::resolve)
                .forEach(parameters::add);
        operation.pathItem().get("parameters").elements().stream()
                .map(description::resolve)
                .filter(shared -> parameters.stream().noneMatch(own -> sameParameter(own, shared)))
                .forEach(parameters::add);
        return parameters;
    }

    /** Every response object written out: in the operations, and in components/responses. */
    List<DescriptionNode> responses() {
        List<DescriptionNode> responses = new ArrayList<>();
        for (DescribedOperation operation : description.operations()) {
            operation.node().get("responses").members().stream()
                    .map(Map.Entry::getValue)
                    .forEach(responses::add);
        }
        description.root().get("components").get("responses").members().stream()
                .map(Map.Entry::getValue)
                .forEach(responses::add);
        return writtenOut(responses);
    }

    /** Every media type object: of request bodies and of responses. */
    List<DescriptionNode> mediaTypes() {
        List<DescriptionNode> bodies = new ArrayList<>(responses());
        for (DescribedOperation operation : description.operations()) {
            bodies.add(operation.node().get("requestBody"));
        }
        description.root().get("components").get("requestBodies").members().stream()
                .map(Map.Entry::getValue)
                .forEach(bodies::add);
        List<DescriptionNode> mediaTypes = new ArrayList<>();
        for (DescriptionNode body : writtenOut(bodies)) {
            body.get("content").members().stream().map(Map.Entry::getValue).forEach(mediaTypes::add);
        }
        return mediaTypes;
    }

    /** Every parameter and header object: they describe their value the way a media type does. */
    List<DescriptionNode> parametersAndHeaders() {
        List<DescriptionNode> found = new ArrayList<>();
        DescriptionNode components = description.root().get("components");
        for (DescribedOperation operation : description.operations()) {
            found.addAll(operation.node().get("parameters").elements());
            found.addAll(operation.pathItem().get("parameters").elements());
        }
        components.get("parameters").members().stream().map(Map.Entry::getValue).forEach(found::add);
        for (DescriptionNode response : responses()) {
            response.get("headers").members().stream().map(Map.Entry::getValue).forEach(found::add);
        }
        components.get("headers").members().stream().map(Map.Entry::getValue).forEach(found::add);
        return writtenOut(found);
    }

    /** The schemas written out in the document: the components', and those inline in other parts. */
    List<DescriptionNode> schemaRoots() {
        List<DescriptionNode> roots = new ArrayList<>();
        description.root().get("components").get("schemas").members().stream()
                .map(Map.Entry::getValue)
                .forEach(roots::add);
        for (DescriptionNode part : concat(mediaTypes(), parametersAndHeaders())) {
            DescriptionNode schema = part.get("schema");
            if (!schema.isMissing() && !schema.has("$ref")) {
                roots.add(schema);
            }
        }
        return roots;
    }

    private static boolean sameParameter(DescriptionNode one, DescriptionNode other) {
        return String.valueOf(one.text("name")).equals(other.text("name"))
                && String.valueOf(one.text("in")).equals(other.text("in"));
    }

    private static List<DescriptionNode> writtenOut(List<DescriptionNode> parts) {
        return parts.stream()
                .filter(part -> !part.isMissing() && !part.has("$ref"))
                .toList();
    }

    private static List<DescriptionNode> concat(List<DescriptionNode> one, List<DescriptionNode> other) {
        List<DescriptionNode> both = new ArrayList<>(one);
        both.addAll(other);
        return both;
    }
}

package dev.runlog.web.contract;

import java.util.Comparator;
import java.util.List;

/**
 * A path of the description, such as {@code /api/users/{userId}/runs}, matched segment by
 * segment against a request's path. Where two templates match, the one with a literal segment
 * where the other has a parameter is the better one (OpenAPI: "concrete paths are matched
 * before templated ones"), so {@code /api/users/7/runs/batch} is the batch import, not a run.
 */
record PathTemplate(String template, List<String> segments) {

    /** Better matches first: at the first segment where two templates differ in kind, the literal wins. */
    static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST = (one, other) -> {
        for (int i = 0; i < Math.min(one.segments.size(), other.segments.size()); i++) {
            int byKind = Boolean.compare(isParameter(one.segments.get(i)), isParameter(other.segments.get(i)));
            if (byKind != 0) {
                return byKind;
            }
        }
        return 0;
    };

    static PathTemplate of(String template) {
        return new PathTemplate(template, segmentsOf(template));
    }

    boolean matches(String path) {
        List<String> given = segmentsOf(path);
        if (given.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (!isParameter(segment) && !segment.equals(given.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The parameters the template names, such as {@code userId}, in order. */
    List<String> parameterNames() {
        return segments.stream()
                .filter(PathTemplate::isParameter)
                .map(segment -> segment.substring(1, segment.length() - 1))
                .toList();
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static List<String> segmentsOf(String path) {
        // -1 keeps a trailing empty segment: /api/users/ is not /api/users.
        return List.of(path.substring(1).split("/", -1));
    }
}

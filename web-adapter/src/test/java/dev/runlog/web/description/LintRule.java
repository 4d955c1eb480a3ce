package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;

import java.util.List;

/** One thing an API description must get right; each finding says where it is wrong. */
interface LintRule {

    List<String> findingsIn(ApiDescription description);

    default String name() {
        return getClass().getSimpleName();
    }
}

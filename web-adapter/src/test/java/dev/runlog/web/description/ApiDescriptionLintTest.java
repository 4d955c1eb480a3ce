package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.json breaks none of {@link DescriptionLint}'s rules. It runs here, in the web
 * adapter, because the description is the web adapter's promise (its controllers and
 * {@code ApiDocumentation} write it), and because reading a file needs no app, no database and
 * no server: the check takes seconds. That the served description is this file is bootstrap's
 * {@code ApiSpecificationTest}.
 */
class ApiDescriptionLintTest {

    @Test
    void theCommittedDescription_breaksNoRule() {
        List<String> findings = DescriptionLint.findingsIn(ApiDescription.read(Path.of("..", "docs", "openapi.json")));

        assertThat(findings)
                .as("docs/openapi.json breaks the lint's rules:%n%s", String.join("\n", findings))
                .isEmpty();
    }
}

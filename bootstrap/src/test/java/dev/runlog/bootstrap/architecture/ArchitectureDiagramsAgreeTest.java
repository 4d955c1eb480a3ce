package dev.runlog.bootstrap.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Mermaid picture shows the same arrows as docs/architecture.puml, which ArchUnit
 * checks the code against: so the picture a reader sees first cannot drift from the code either.
 */
class ArchitectureDiagramsAgreeTest {

    private static final Pattern ARROW = Pattern.compile("^\\s*(\\w+) --> (\\w+)\\s*$", Pattern.MULTILINE);

    @Test
    void theReadmeShowsTheArrowsOfTheCheckedDiagram() throws IOException {
        String plantUml = Files.readString(HexagonalArchitectureTest.DIAGRAM);
        String readme = Files.readString(Path.of("..", "README.md"));
        String mermaid =
                readme.substring(readme.indexOf("```mermaid"), readme.indexOf("```", readme.indexOf("```mermaid") + 3));

        Set<String> checked = arrowsIn(plantUml);
        assertThat(checked).hasSizeGreaterThan(10);
        assertThat(arrowsIn(mermaid)).isEqualTo(checked);
    }

    private static Set<String> arrowsIn(String diagram) {
        Matcher arrows = ARROW.matcher(diagram);
        return arrows.results()
                .map(arrow -> arrow.group(1) + " --> " + arrow.group(2))
                .collect(Collectors.toSet());
    }
}

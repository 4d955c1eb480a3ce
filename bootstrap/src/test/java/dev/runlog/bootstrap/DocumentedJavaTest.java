package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java snippet in the README and under docs/ is true: a snippet that does not compile
 * teaches the wrong thing. A snippet of statements is compiled as the body of a method, with the
 * imports a reader of the domain would write, and then called once. An excerpt, a snippet whose
 * first line names the file it comes from ({@code // bootstrap/src/main/java/.../X.java}), must be
 * in that file, line for line.
 */
class DocumentedJavaTest {

    private static final Path ROOT = DocumentationTest.ROOT;
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXCERPT = Pattern.compile("\\s*// ([\\w/.-]+\\.java)\\n(.*)", Pattern.DOTALL);
    private static final String IMPORTS = """
            import dev.runlog.domain.model.access.*;
            import dev.runlog.domain.model.run.*;
            import dev.runlog.domain.model.shared.*;
            import dev.runlog.domain.model.user.*;
            import dev.runlog.domain.port.in.*;
            import dev.runlog.domain.port.out.*;
            import dev.runlog.domain.service.*;
            import dev.runlog.domain.testing.*;
            import java.time.*;
            import java.util.*;
            """;

    @Test
    void everyJavaSnippetOfTheDocs_compilesAndRuns() throws Exception {
        List<String> snippets = snippets().stream()
                .filter(snippet -> !EXCERPT.matcher(snippet).matches())
                .toList();
        assertThat(snippets).as("Java snippets in the docs").isNotEmpty();

        for (int index = 0; index < snippets.size(); index++) {
            String className = "Snippet" + index;
            Path classes = Files.createTempDirectory("runlog-snippet");
            List<String> errors = compile(
                    className,
                    IMPORTS + "public class " + className + " implements Runnable {\n public void run() {\n"
                            + snippets.get(index) + "\n }\n}\n",
                    classes);
            assertThat(errors)
                    .as("snippet %d of the docs:%n%s", index, snippets.get(index))
                    .isEmpty();

            try (URLClassLoader loader = new URLClassLoader(
                    new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                ((Runnable) loader.loadClass(className).getConstructor().newInstance()).run();
            }
        }
    }

    @Test
    void everyExcerptOfTheDocs_isInTheFileItNames() throws IOException {
        List<Matcher> excerpts = snippets().stream()
                .map(EXCERPT::matcher)
                .filter(Matcher::matches)
                .toList();
        assertThat(excerpts).as("excerpts in the docs").isNotEmpty();

        for (Matcher excerpt : excerpts) {
            assertThat(isIn(excerpt.group(2), ROOT.resolve(excerpt.group(1))))
                    .as("%s holds:%n%s", excerpt.group(1), excerpt.group(2))
                    .isTrue();
        }
        assertThat(isIn("return runs::delete;", ROOT.resolve(excerpts.get(0).group(1))))
                .as("a line it lacks")
                .isFalse();
    }

    /** Whether the file has the excerpt's lines, in order and together, whatever their indentation. */
    private static boolean isIn(String excerpt, Path file) throws IOException {
        return DocumentationTest.quotes(Files.readAllLines(file), excerpt);
    }

    @Test
    void aSnippetThatDoesNotCompile_isCaught() throws IOException {
        String wrong = IMPORTS + "public class Wrong { void run() { new RunService(null, null); } }";

        assertThat(compile("Wrong", wrong, Files.createTempDirectory("runlog-snippet")))
                .isNotEmpty();
    }

    private static List<String> snippets() throws IOException {
        List<String> snippets = new ArrayList<>();
        for (Path document : DocumentationTest.documents()) {
            JAVA_BLOCK.matcher(Files.readString(document)).results().forEach(block -> snippets.add(block.group(1)));
        }
        return snippets;
    }

    /** Compiles one source on the test's own class path; answers the compiler's errors. */
    private static List<String> compile(String className, String source, Path output) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.toFile()));
            // Surefire runs tests from a manifest-only jar; it names the real class path here.
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            JavaFileObject file =
                    new SimpleJavaFileObject(
                            URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return source;
                        }
                    };
            compiler.getTask(null, files, diagnostics, List.of("-classpath", classPath), null, List.of(file))
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> "line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(null))
                .toList();
    }
}

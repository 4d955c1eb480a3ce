package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs name files, classes and methods so that readers can open them: every one named in the
 * README and under docs/ must exist, so the docs cannot drift from the code unnoticed. What they
 * count (endpoints) is counted from the code, and the SQL they quote is the mappers' own.
 */
class DocumentationTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Names of other projects' classes that the docs mention; everything else must be Runlog's. */
    private static final Set<String> OTHER_PROJECTS_CLASSES = Set.of(
            "TransactionInterceptor",
            "TransactionTemplate",
            "SqlSessionFactory",
            "DataSource",
            "IllegalAccessException");

    private static final Pattern XML_BLOCK =
            Pattern.compile("```xml\\n(\\s*<(?:insert|select|update|delete|resultMap)\\b.*?)```", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern FILE_PATH = Pattern.compile("[\\w.*-]+(/[\\w.*-]+)+/?");
    private static final Pattern FILE_NAME = Pattern.compile("[\\w-]+\\.(java|xml|sql|puml|md|properties)");
    private static final Pattern CLASS_AND_MEMBER =
            Pattern.compile("([A-Z][A-Za-z0-9]+)(\\.([a-z][A-Za-z0-9]*)(\\(\\))?)?");
    private static final Set<String> CLASS_SUFFIXES = Set.of(
            "UseCase",
            "Service",
            "Repository",
            "Mapper",
            "Controller",
            "Row",
            "Request",
            "Response",
            "Test",
            "Configuration",
            "Exception",
            "Advice",
            "Transaction",
            "Db",
            "Application",
            "Details",
            "Data",
            "Store",
            "Counter",
            "Database",
            "Id",
            "Errors",
            "Benchmark",
            "Benchmarks");

    @Test
    void everyFileAndClassTheDocsName_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents()) {
            String text = Files.readString(doc);
            for (String code : matches(CODE, text)) {
                checked += checkCode(code, missing, doc) ? 1 : 0;
            }
            for (String link : matches(LINK, text)) {
                if (!link.startsWith("http")
                        && !link.startsWith("#")
                        && !Files.exists(doc.getParent().resolve(link))) {
                    missing.add(ROOT.relativize(doc) + " links to " + link);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).as("names of files and classes checked").isGreaterThan(100);
    }

    @Test
    void theCheckFindsWhatIsMissing() {
        List<String> missing = new ArrayList<>();
        Path readme = ROOT.resolve("README.md");

        checkCode("domain/src/main/java/dev/runlog/domain/model/NoSuchThing.java", missing, readme);
        checkCode("NoSuchUseCase", missing, readme);
        checkCode("RunController.noSuchMethod", missing, readme);
        checkCode("NoSuchMapper.xml", missing, readme);
        checkCode("RunController.log", missing, readme);
        checkCode("RunMapper.xml", missing, readme);

        assertThat(missing).hasSize(4);
    }

    @Test
    void theArchitectureCountsTheEndpointsTheApiHas() throws IOException {
        String architecture = Files.readString(ROOT.resolve("docs/architecture.md"));
        Matcher counted = Pattern.compile("tables, (\\w+) endpoints").matcher(architecture);
        assertThat(counted.find())
                .as("docs/architecture.md counts the endpoints")
                .isTrue();

        long operations = Pattern.compile("\"operationId\"")
                .matcher(Files.readString(ROOT.resolve("docs/openapi.json")))
                .results()
                .count();

        List<String> numbers = List.of(
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
                "twenty",
                "twenty-one",
                "twenty-two");
        assertThat(counted.group(1)).isEqualTo(numbers.get((int) operations));
    }

    @Test
    void theSqlTheDocsQuote_isTheMappersSql() throws IOException {
        List<String> mapperLines = new ArrayList<>();
        for (String file : ALL_FILES) {
            if (file.startsWith("persistence-mybatis/src/main/resources/") && file.endsWith(".xml")) {
                read(ROOT.resolve(file)).lines().forEach(mapperLines::add);
            }
        }
        int quoted = 0;
        for (Path doc : documents()) {
            for (String block : matches(XML_BLOCK, Files.readString(doc))) {
                assertThat(quotes(mapperLines, block))
                        .as("%s quotes a mapper:%n%s", ROOT.relativize(doc), block)
                        .isTrue();
                quoted++;
            }
        }
        assertThat(quoted).as("mapper quotes checked").isPositive();
    }

    /** Adds to {@code missing} what {@code code} names and does not exist; says whether it named a file or class. */
    private static boolean checkCode(String code, List<String> missing, Path doc) {
        String where = ROOT.relativize(doc) + " names ";
        if (code.startsWith("./") || code.startsWith("target/") || code.contains("/target/")) {
            return false; // made when the app or the build runs (./data, target/...), not a file of the project
        }
        if (java.time.ZoneId.getAvailableZoneIds().contains(code)) {
            return false; // a time zone (Europe/Paris), not a path
        }
        if (FILE_PATH.matcher(code).matches() && !code.startsWith("/")) {
            if (!pathExists(code)) {
                missing.add(where + code);
            }
            return true;
        }
        if (FILE_NAME.matcher(code).matches()) {
            if (ALL_FILES.stream().noneMatch(file -> file.endsWith("/" + code) || file.equals(code))) {
                missing.add(where + code);
            }
            return true;
        }
        Matcher classAndMember = CLASS_AND_MEMBER.matcher(code);
        if (!classAndMember.matches() || !looksLikeRunlogsClass(classAndMember.group(1))) {
            return false;
        }
        Path source = JAVA_SOURCES.get(classAndMember.group(1));
        if (source == null) {
            missing.add(where + code);
        } else if (classAndMember.group(3) != null && !read(source).contains(" " + classAndMember.group(3) + "(")) {
            missing.add(where + code + " (no such method)");
        }
        return true;
    }

    private static boolean looksLikeRunlogsClass(String name) {
        return !OTHER_PROJECTS_CLASSES.contains(name) && CLASS_SUFFIXES.stream().anyMatch(name::endsWith)
                || JAVA_SOURCES.containsKey(name);
    }

    /** A path from the top folder, or a classpath path such as dev/runlog/.../UserMapper.xml. */
    private static boolean pathExists(String path) {
        if (!path.contains("*")) {
            return Files.exists(ROOT.resolve(path)) || ALL_FILES.stream().anyMatch(file -> file.endsWith("/" + path));
        }
        Pattern glob = Pattern.compile(Pattern.quote(path).replace("*", "\\E[^/]*\\Q"));
        return ALL_FILES.stream().anyMatch(file -> glob.matcher(file).matches());
    }

    private static final List<String> ALL_FILES = filesUnder(ROOT).stream()
            .map(file -> ROOT.relativize(file).toString())
            // Not what the build or npm ci makes (target/, node_modules/), nor git's or the database's files.
            .filter(file -> !file.contains("/target/")
                    && !file.contains("/node_modules/")
                    && !file.startsWith(".git")
                    && !file.startsWith("data/"))
            .toList();

    private static final Map<String, Path> JAVA_SOURCES = ALL_FILES.stream()
            .filter(file -> file.endsWith(".java"))
            .collect(Collectors.toMap(
                    file -> Path.of(file).getFileName().toString().replace(".java", ""),
                    ROOT::resolve,
                    (first, second) -> first));

    /**
     * Whether {@code lines} hold the quote's lines, in order and together, whatever the
     * indentation of either (both are compared stripped; the quote's blank lines are left out).
     */
    static boolean quotes(List<String> lines, String quote) {
        List<String> quoted =
                quote.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> stripped = lines.stream().map(String::strip).toList();
        return Collections.indexOfSubList(stripped, quoted) >= 0;
    }

    /** The README and every Markdown file under docs/. */
    static List<Path> documents() {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        documents.addAll(filesUnder(ROOT.resolve("docs")).stream()
                .filter(file -> file.toString().endsWith(".md"))
                .toList());
        return documents;
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group(1)).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

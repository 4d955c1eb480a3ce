package dev.runlog.persistence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mapper binds values as parameters of a prepared statement ({@code #{}}). A {@code ${}}
 * pastes text into the SQL itself, where a crafted value becomes SQL injection, so the build
 * fails on any.
 */
class MapperXmlSafetyTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void noMapperPastesTextIntoSql() throws IOException {
        List<Path> mappers = mapperFiles();

        assertThat(mappers).as("the mapper files checked").hasSizeGreaterThanOrEqualTo(2);
        for (Path mapper : mappers) {
            assertThat(usesStringSubstitution(Files.readString(mapper)))
                    .as(mapper.toString())
                    .isFalse();
        }
    }

    @Test
    void theCheckCatchesASubstitution() {
        assertThat(usesStringSubstitution(
                        "<mapper><select id=\"x\">select * from user order by ${column}</select></mapper>"))
                .isTrue();
        assertThat(usesStringSubstitution(
                        "<mapper><select id=\"x\">select * from user where id = #{id}</select></mapper>"))
                .isFalse();
    }

    private static boolean usesStringSubstitution(String xml) {
        return xml.contains("${");
    }

    private static List<Path> mapperFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.toString().endsWith(".xml"))
                    .filter(file -> {
                        try {
                            return Files.readString(file).contains("<mapper");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}

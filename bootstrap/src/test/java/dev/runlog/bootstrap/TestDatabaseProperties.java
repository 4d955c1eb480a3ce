package dev.runlog.bootstrap;

import dev.runlog.persistence.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points an app under test at the shared test database of {@link TestDatabase}, as an external database. */
public final class TestDatabaseProperties {

    private TestDatabaseProperties() {}

    /** For a {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.connection();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }
}

package dev.runlog.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports the main code of every module and no test code: neither test-classes folders (what
 * ArchUnit's own {@link ImportOption.DoNotIncludeTests} leaves out) nor the test-jars of other
 * modules that bootstrap's tests use, such as persistence-mybatis's test support.
 */
public final class MainCodeOnly implements ImportOption {

    private static final ImportOption NO_TEST_CLASSES = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return NO_TEST_CLASSES.includes(location) && !location.contains("-tests.jar");
    }
}

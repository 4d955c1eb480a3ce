package dev.runlog.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rules of the hexagon, checked on the compiled main code of every module (this
 * module sees them all). {@link ArchitectureRulesCatchViolationsTest} shows each rule failing on
 * a class that breaks it, so none of them can pass by checking nothing.
 */
@AnalyzeClasses(packages = "dev.runlog", importOptions = ImportOption.DoNotIncludeTests.class)
public class HexagonalArchitectureTest {

    @ArchTest
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("dev.runlog.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.runlog.domain..")
            .because("the domain is plain Java: usable without Spring, MyBatis or any framework, "
                    + "and testable without starting anything");

    @ArchTest
    public static final ArchRule WEB_ADAPTER_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that().resideInAPackage("dev.runlog.web..")
            .should().dependOnClassesThat().resideInAPackage("dev.runlog.persistence..")
            .because("adapters meet only through the domain's ports: the web side must keep working "
                    + "whatever stores the data");

    @ArchTest
    public static final ArchRule PERSISTENCE_ADAPTER_DOES_NOT_USE_WEB = noClasses()
            .that().resideInAPackage("dev.runlog.persistence..")
            .should().dependOnClassesThat().resideInAPackage("dev.runlog.web..")
            .because("adapters meet only through the domain's ports: storage must not know how "
                    + "it is reached");
}

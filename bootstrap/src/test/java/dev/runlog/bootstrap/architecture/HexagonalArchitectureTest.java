package dev.runlog.bootstrap.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

/**
 * The rules of Runlog's hexagon, in one place that sees the main code of every module. Each rule
 * says why it exists, so a broken build teaches. {@link ArchitectureRulesCatchViolationsTest} runs
 * every rule against classes that break it on purpose, so none can pass by checking nothing.
 */
@AnalyzeClasses(packages = "dev.runlog", importOptions = MainCodeOnly.class)
public class HexagonalArchitectureTest {

    static final String DOMAIN = "dev.runlog.domain..";
    static final String MODEL = "dev.runlog.domain.model..";
    static final String INBOUND_PORTS = "dev.runlog.domain.port.in..";
    static final String OUTBOUND_PORTS = "dev.runlog.domain.port.out..";
    static final String SERVICES = "dev.runlog.domain.service..";
    static final String WEB = "dev.runlog.web..";
    static final String PERSISTENCE = "dev.runlog.persistence..";
    static final String MAPPERS = "dev.runlog.persistence.mapper..";
    static final String BOOTSTRAP = "dev.runlog.bootstrap..";

    /** The picture in docs/architecture.puml; tests run in the bootstrap folder. */
    static final Path DIAGRAM = Path.of("..", "docs", "architecture.puml");

    // --- The hexagon ------------------------------------------------------------------------

    @ArchTest
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the domain is plain Java: usable without Spring, MyBatis or any framework, "
                    + "and testable without starting anything");

    @ArchTest
    public static final ArchRule MODEL_DEPENDS_ON_NOTHING_ELSE_IN_THE_PROJECT = classes()
            .that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL)
            .because("the model is the innermost ring: users, runs and their rules mean the same "
                    + "whoever uses them, so they must not know about ports or services");

    @ArchTest
    public static final ArchRule INBOUND_PORTS_STAND_ALONE = noClasses()
            .that().resideInAPackage(INBOUND_PORTS)
            .should().dependOnClassesThat().resideInAnyPackage(OUTBOUND_PORTS, SERVICES)
            .because("a use case is a promise to the outside world; how it is kept (which "
                    + "repository, which service) must be free to change behind it");

    @ArchTest
    public static final ArchRule OUTBOUND_PORTS_STAND_ALONE = noClasses()
            .that().resideInAPackage(OUTBOUND_PORTS)
            .should().dependOnClassesThat().resideInAnyPackage(INBOUND_PORTS, SERVICES)
            .because("a repository port says what the domain needs stored, nothing about who "
                    + "asks for it; an adapter implementing it must not be pulled into use cases");

    @ArchTest
    public static final ArchRule WEB_ADAPTER_USES_ONLY_INBOUND_PORTS = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(OUTBOUND_PORTS, SERVICES)
            .because("a controller drives the domain through its use cases only; reaching a "
                    + "repository or a service class skips the rules and transactions around them");

    @ArchTest
    public static final ArchRule PERSISTENCE_ADAPTER_USES_ONLY_OUTBOUND_PORTS = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(INBOUND_PORTS, SERVICES)
            .because("storage serves the domain through the repository ports it implements; "
                    + "it never calls back into use cases");

    @ArchTest
    public static final ArchRule WEB_ADAPTER_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .because("adapters meet only through the domain's ports: the web side must keep working "
                    + "whatever stores the data");

    @ArchTest
    public static final ArchRule PERSISTENCE_ADAPTER_DOES_NOT_USE_WEB = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .because("adapters meet only through the domain's ports: storage must not know how "
                    + "it is reached");

    @ArchTest
    public static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap wires the others together; if they depended on it, no module "
                    + "could be reused without the whole Spring Boot app");

    @ArchTest
    public static final ArchRule CODE_MATCHES_THE_ARCHITECTURE_DIAGRAM = classes()
            .should(adhereToPlantUmlDiagram(DIAGRAM, consideringOnlyDependenciesInDiagram()))
            .because("docs/architecture.puml is the picture people learn Runlog from; "
                    + "it must show the dependencies the code really has");

    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("dev.runlog.(**)")
            .should().beFreeOfCycles()
            .because("packages that depend on each other in a circle can only be understood, "
                    + "changed and reused together");

    // --- Frameworks stay where they belong ---------------------------------------------------

    @ArchTest
    public static final ArchRule NO_SPRING_IN_DOMAIN_OR_PERSISTENCE = noClasses()
            .that().resideInAnyPackage(DOMAIN, PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the domain and the MyBatis adapter are libraries that work without Spring; "
                    + "only the web adapter and bootstrap are Spring code");

    @ArchTest
    public static final ArchRule MYBATIS_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("org.apache.ibatis..")
            .because("SQL and its mapping belong to the persistence adapter alone; anywhere else "
                    + "it would tie that code to one way of storing data");

    @ArchTest
    public static final ArchRule MYBATIS_SPRING_ONLY_IN_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("org.mybatis..")
            .because("joining MyBatis to Spring is wiring, and wiring happens in bootstrap");

    @ArchTest
    public static final ArchRule JSON_AND_HTTP_ONLY_IN_WEB_AND_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackages(WEB, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tools.jackson..", "com.fasterxml.jackson..",
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
            .because("JSON and HTTP are how the web adapter talks to clients; the domain and "
                    + "persistence must not change when the API's format does");

    // --- Names and coding --------------------------------------------------------------------

    @ArchTest
    public static final ArchRule CONTROLLERS_ARE_NAMED_AND_PLACED_AS_SUCH = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().haveSimpleNameEndingWith("Controller")
            .andShould().resideInAPackage(WEB)
            .because("a reader looks for the HTTP entry points in the web adapter, under names "
                    + "ending in Controller");

    @ArchTest
    public static final ArchRule MAPPERS_ARE_INTERFACES_NAMED_AS_SUCH = classes()
            .that().resideInAPackage(MAPPERS).and().areInterfaces()
            .should().haveSimpleNameEndingWith("Mapper")
            .because("in Runlog the word Mapper means a MyBatis mapper interface with its XML "
                    + "beside it, and nothing else");

    @ArchTest
    public static final ArchRule REPOSITORY_ADAPTERS_ARE_NAMED_AND_PLACED_AS_SUCH = classes()
            .that().implement(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(OUTBOUND_PORTS))
            .should().haveSimpleNameEndingWith("Repository")
            .andShould().resideInAPackage(PERSISTENCE)
            .because("an adapter of a repository port is named after the port it implements "
                    + "(MyBatisUserRepository implements UserRepository) and lives in an adapter");

    @ArchTest
    public static final ArchRule USE_CASES_ARE_INTERFACES_NAMED_AS_SUCH = classes()
            .that().resideInAPackage(INBOUND_PORTS).and().areTopLevelClasses()
            .should().beInterfaces()
            .andShould().haveSimpleNameEndingWith("UseCase")
            .because("an inbound port is an interface naming one thing a user can do, "
                    + "such as LogRunUseCase");

    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION
            .because("dependencies arrive through constructors, so every class shows what it "
                    + "needs and can be built without a framework");
}

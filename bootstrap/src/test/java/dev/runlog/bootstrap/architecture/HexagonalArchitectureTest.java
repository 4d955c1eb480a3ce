package dev.runlog.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

/**
 * The rules of Runlog's hexagon that the compiler cannot hold, in one place that sees the main
 * code of every module. Each rule says why it exists, so a broken build teaches.
 * {@link ArchitectureRulesCatchViolationsTest} runs every rule against classes that break it on
 * purpose, so none can pass by checking nothing.
 *
 * <p>What Maven already holds is not repeated here: a module can only use the modules and
 * libraries its pom declares (and {@code dependency:analyze} fails on one used undeclared), so the
 * domain cannot use any library (Maven Enforcer bans its dependencies), the two adapters cannot
 * see each other, nothing can see bootstrap, neither the domain nor the MyBatis adapter can use
 * Spring, and only bootstrap has MyBatis-Spring. What is left are the rules inside a module (the
 * rings of the domain), and those about the libraries a module does have.
 */
@AnalyzeClasses(packages = "dev.runlog", importOptions = MainCodeOnly.class)
public class HexagonalArchitectureTest {

    static final String MODEL = "dev.runlog.domain.model..";
    static final String INBOUND_PORTS = "dev.runlog.domain.port.in..";
    static final String OUTBOUND_PORTS = "dev.runlog.domain.port.out..";
    static final String SERVICES = "dev.runlog.domain.service..";
    static final String WEB = "dev.runlog.web..";
    static final String PERSISTENCE = "dev.runlog.persistence..";
    static final String MAPPERS = "dev.runlog.persistence.mapper..";

    /** The picture in docs/architecture.puml; tests run in the bootstrap folder. */
    static final Path DIAGRAM = Path.of("..", "docs", "architecture.puml");

    // --- The hexagon ------------------------------------------------------------------------

    @ArchTest
    public static final ArchRule MODEL_DEPENDS_ON_NOTHING_ELSE_IN_THE_PROJECT = classes()
            .that()
            .resideInAPackage(MODEL)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", MODEL)
            .because("the model is the innermost ring: users, runs and their rules mean the same "
                    + "whoever uses them, so they must not know about ports or services");

    @ArchTest
    public static final ArchRule THE_MODELS_AGGREGATES_DEPEND_ONE_WAY = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true) // the other rules fail on a package that holds nothing
            .layer("access")
            .definedBy("dev.runlog.domain.model.access..")
            .layer("runs")
            .definedBy("dev.runlog.domain.model.run..")
            .layer("users")
            .definedBy("dev.runlog.domain.model.user..")
            .layer("shared")
            .definedBy("dev.runlog.domain.model.shared..")
            .whereLayer("access")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("runs")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("users")
            .mayOnlyBeAccessedByLayers("runs", "access")
            .because("a run belongs to a user, signing in is a user's, and all use what is shared: a user that "
                    + "knew of runs or tokens, or a page that knew of users, would tie every part of the model to "
                    + "every other");

    @ArchTest
    public static final ArchRule INBOUND_PORTS_STAND_ALONE = noClasses()
            .that()
            .resideInAPackage(INBOUND_PORTS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(OUTBOUND_PORTS, SERVICES)
            .because("a use case is a promise to the outside world; how it is kept (which "
                    + "repository, which service) must be free to change behind it");

    @ArchTest
    public static final ArchRule OUTBOUND_PORTS_STAND_ALONE = noClasses()
            .that()
            .resideInAPackage(OUTBOUND_PORTS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INBOUND_PORTS, SERVICES)
            .because("a repository port says what the domain needs stored, nothing about who "
                    + "asks for it; an adapter implementing it must not be pulled into use cases");

    @ArchTest
    public static final ArchRule EVERY_OUTBOUND_PORT_METHOD_IS_CALLED_BY_A_SERVICE = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(OUTBOUND_PORTS)
            .should(beCalledFromClassesIn(SERVICES))
            .because("a port says what the use cases need; a method none of them calls is a need nobody has, "
                    + "which every adapter must still implement and test");

    @ArchTest
    public static final ArchRule WEB_ADAPTER_USES_ONLY_INBOUND_PORTS = noClasses()
            .that()
            .resideInAPackage(WEB)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(OUTBOUND_PORTS, SERVICES)
            .because("a controller drives the domain through its use cases only; reaching a "
                    + "repository or a service class skips the rules and transactions around them");

    @ArchTest
    public static final ArchRule PERSISTENCE_ADAPTER_USES_ONLY_OUTBOUND_PORTS = noClasses()
            .that()
            .resideInAPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INBOUND_PORTS, SERVICES)
            .because("storage serves the domain through the repository ports it implements; "
                    + "it never calls back into use cases");

    @ArchTest
    public static final ArchRule CODE_MATCHES_THE_ARCHITECTURE_DIAGRAM = classes()
            .should(adhereToPlantUmlDiagram(DIAGRAM, consideringOnlyDependenciesInDiagram()))
            .because("docs/architecture.puml is the picture people learn Runlog from; "
                    + "it must show the dependencies the code really has");

    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.runlog.(**)")
            .should()
            .beFreeOfCycles()
            .because("packages that depend on each other in a circle can only be understood, "
                    + "changed and reused together");

    // --- Frameworks stay where they belong ---------------------------------------------------

    @ArchTest
    public static final ArchRule WEB_ADAPTER_KNOWS_NOTHING_OF_STORAGE = noClasses()
            .that()
            .resideInAPackage(WEB)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.sql..",
                    "org.springframework.dao..",
                    "org.springframework.transaction..",
                    "org.springframework.jdbc..")
            .because("the web adapter has Spring on its class path, but not storage: an unreachable store reaches "
                    + "it in the domain's words (StoreUnavailableException), whatever the store is");

    @ArchTest
    public static final ArchRule SPRING_SECURITY_ONLY_AT_THE_EDGE = noClasses()
            .that()
            .resideOutsideOfPackages(WEB, "dev.runlog.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.security..")
            .because("who is calling enters the hexagon as the domain's Caller, which the web adapter makes from "
                    + "a verified token: the domain decides what a caller may do without knowing how they signed in");

    @ArchTest
    public static final ArchRule MYBATIS_ONLY_IN_PERSISTENCE = noClasses()
            .that()
            .resideOutsideOfPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.ibatis..")
            .because("SQL and its mapping belong to the persistence adapter alone; anywhere else "
                    + "it would tie that code to one way of storing data");

    // --- Names and coding --------------------------------------------------------------------

    @ArchTest
    public static final ArchRule CONTROLLERS_ARE_NAMED_AND_PLACED_AS_SUCH = classes()
            .that()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should()
            .haveSimpleNameEndingWith("Controller")
            .andShould()
            .resideInAPackage(WEB)
            .because("a reader looks for the HTTP entry points in the web adapter, under names "
                    + "ending in Controller");

    @ArchTest
    public static final ArchRule MAPPERS_ARE_INTERFACES_NAMED_AS_SUCH = classes()
            .that()
            .resideInAPackage(MAPPERS)
            .and()
            .areInterfaces()
            .should()
            .haveSimpleNameEndingWith("Mapper")
            .because("in Runlog the word Mapper means a MyBatis mapper interface with its XML "
                    + "beside it, and nothing else");

    @ArchTest
    public static final ArchRule REPOSITORY_ADAPTERS_ARE_NAMED_AND_PLACED_AS_SUCH = classes()
            .that()
            // The repository ports; the other outbound port, PasswordHasher, is done by Spring Security in bootstrap.
            .implement(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(OUTBOUND_PORTS)
                    .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Repository")))
            .should()
            .haveSimpleNameEndingWith("Repository")
            .andShould()
            .resideInAPackage(PERSISTENCE)
            .because("an adapter of a repository port is named after the port it implements "
                    + "(MyBatisUserRepository implements UserRepository) and lives in an adapter");

    @ArchTest
    public static final ArchRule USE_CASES_ARE_INTERFACES_NAMED_AS_SUCH = classes()
            .that()
            .resideInAPackage(INBOUND_PORTS)
            .and()
            .areTopLevelClasses()
            .and()
            .areInterfaces()
            .should()
            .haveSimpleNameEndingWith("UseCase")
            .because("an inbound port is an interface naming one thing a user can do, " + "such as LogRunUseCase");

    @ArchTest
    public static final ArchRule COMMANDS_ARE_RECORDS_NAMED_AS_SUCH = classes()
            .that()
            .resideInAPackage(INBOUND_PORTS)
            .and()
            .areTopLevelClasses()
            .and()
            .areNotInterfaces()
            .should()
            .beRecords()
            .andShould()
            .haveSimpleNameEndingWith("Command")
            .because("beside the use cases, the inbound ports hold only what a use case takes: a record named "
                    + "for it, such as LogRunCommand, whose fields say what each value is");

    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.because(
            "dependencies arrive through constructors, so every class shows what it "
                    + "needs and can be built without a framework");

    /** Holds for a method that some class in {@code packageIdentifier} calls. */
    private static ArchCondition<JavaMethod> beCalledFromClassesIn(String packageIdentifier) {
        return new ArchCondition<>("be called from classes in " + packageIdentifier) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean called = method.getCallsOfSelf().stream()
                        .anyMatch(call -> call.getOriginOwner()
                                .getPackage()
                                .getName()
                                .startsWith(packageIdentifier.replace("..", "")));
                events.add(new SimpleConditionEvent(
                        method,
                        called,
                        method.getFullName() + (called ? " is" : " is not") + " called from " + packageIdentifier));
            }
        };
    }
}

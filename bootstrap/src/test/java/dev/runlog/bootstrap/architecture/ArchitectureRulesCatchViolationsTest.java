package dev.runlog.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.runlog.bootstrap.RunlogApplication;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.user.violation.UserCountingRuns;
import dev.runlog.domain.model.violation.ModelUsingAPort;
import dev.runlog.domain.port.in.violation.ExposeRepositoryUseCase;
import dev.runlog.domain.port.in.violation.LogRunRequest;
import dev.runlog.domain.port.in.violation.RegisterRunner;
import dev.runlog.domain.port.out.violation.AuditRepository;
import dev.runlog.domain.service.UserService;
import dev.runlog.domain.service.violation.ServiceAskingSpringWhoIsCalling;
import dev.runlog.persistence.MyBatisUserRepository;
import dev.runlog.persistence.mapper.violation.UserQueries;
import dev.runlog.persistence.violation.AdapterCallingAUseCase;
import dev.runlog.persistence.violation.UserStore;
import dev.runlog.violation.cycle.first.First;
import dev.runlog.violation.cycle.second.Second;
import dev.runlog.web.UserController;
import dev.runlog.web.violation.AdviceKnowingTheDatabase;
import dev.runlog.web.violation.ControllerUsingARepositoryPort;
import dev.runlog.web.violation.ControllerUsingMyBatis;
import dev.runlog.web.violation.ControllerWithFieldInjection;
import dev.runlog.web.violation.UsersEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.CODE_MATCHES_THE_ARCHITECTURE_DIAGRAM;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.COMMANDS_ARE_RECORDS_NAMED_AS_SUCH;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.CONTROLLERS_ARE_NAMED_AND_PLACED_AS_SUCH;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.EVERY_OUTBOUND_PORT_METHOD_IS_CALLED_BY_A_SERVICE;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.INBOUND_PORTS_STAND_ALONE;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.MAPPERS_ARE_INTERFACES_NAMED_AS_SUCH;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.MODEL_DEPENDS_ON_NOTHING_ELSE_IN_THE_PROJECT;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.MYBATIS_ONLY_IN_PERSISTENCE;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.NO_FIELD_INJECTION;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.NO_PACKAGE_CYCLES;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.OUTBOUND_PORTS_STAND_ALONE;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.PERSISTENCE_ADAPTER_USES_ONLY_OUTBOUND_PORTS;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.REPOSITORY_ADAPTERS_ARE_NAMED_AND_PLACED_AS_SUCH;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.SPRING_SECURITY_ONLY_AT_THE_EDGE;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.THE_MODELS_AGGREGATES_DEPEND_ONE_WAY;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.USE_CASES_ARE_INTERFACES_NAMED_AS_SUCH;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.WEB_ADAPTER_KNOWS_NOTHING_OF_STORAGE;
import static dev.runlog.bootstrap.architecture.HexagonalArchitectureTest.WEB_ADAPTER_USES_ONLY_INBOUND_PORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Proof that every rule of {@link HexagonalArchitectureTest} bites: each is run against classes
 * that break it on purpose (they live in test sources only, so the real check never sees them)
 * and must report them, with its reason. A rule that checks nothing must fail, too.
 */
class ArchitectureRulesCatchViolationsTest {

    static Stream<Arguments> everyRuleWithAClassThatBreaksIt() {
        return Stream.of(
                arguments(
                        "MODEL_DEPENDS_ON_NOTHING_ELSE_IN_THE_PROJECT",
                        MODEL_DEPENDS_ON_NOTHING_ELSE_IN_THE_PROJECT,
                        classes(ModelUsingAPort.class)),
                arguments(
                        "THE_MODELS_AGGREGATES_DEPEND_ONE_WAY",
                        THE_MODELS_AGGREGATES_DEPEND_ONE_WAY,
                        classes(UserCountingRuns.class, Run.class)),
                arguments(
                        "INBOUND_PORTS_STAND_ALONE", INBOUND_PORTS_STAND_ALONE, classes(ExposeRepositoryUseCase.class)),
                arguments("OUTBOUND_PORTS_STAND_ALONE", OUTBOUND_PORTS_STAND_ALONE, classes(AuditRepository.class)),
                arguments(
                        "EVERY_OUTBOUND_PORT_METHOD_IS_CALLED_BY_A_SERVICE",
                        EVERY_OUTBOUND_PORT_METHOD_IS_CALLED_BY_A_SERVICE,
                        classes(AuditRepository.class)),
                arguments(
                        "WEB_ADAPTER_USES_ONLY_INBOUND_PORTS",
                        WEB_ADAPTER_USES_ONLY_INBOUND_PORTS,
                        classes(ControllerUsingARepositoryPort.class)),
                arguments(
                        "PERSISTENCE_ADAPTER_USES_ONLY_OUTBOUND_PORTS",
                        PERSISTENCE_ADAPTER_USES_ONLY_OUTBOUND_PORTS,
                        classes(AdapterCallingAUseCase.class)),
                arguments(
                        "CODE_MATCHES_THE_ARCHITECTURE_DIAGRAM",
                        CODE_MATCHES_THE_ARCHITECTURE_DIAGRAM,
                        classes(ModelUsingAPort.class)),
                arguments("NO_PACKAGE_CYCLES", NO_PACKAGE_CYCLES, classes(First.class, Second.class)),
                arguments(
                        "WEB_ADAPTER_KNOWS_NOTHING_OF_STORAGE",
                        WEB_ADAPTER_KNOWS_NOTHING_OF_STORAGE,
                        classes(AdviceKnowingTheDatabase.class)),
                arguments(
                        "SPRING_SECURITY_ONLY_AT_THE_EDGE",
                        SPRING_SECURITY_ONLY_AT_THE_EDGE,
                        classes(ServiceAskingSpringWhoIsCalling.class)),
                arguments(
                        "MYBATIS_ONLY_IN_PERSISTENCE",
                        MYBATIS_ONLY_IN_PERSISTENCE,
                        classes(ControllerUsingMyBatis.class)),
                arguments(
                        "CONTROLLERS_ARE_NAMED_AND_PLACED_AS_SUCH",
                        CONTROLLERS_ARE_NAMED_AND_PLACED_AS_SUCH,
                        classes(UsersEndpoint.class)),
                arguments(
                        "MAPPERS_ARE_INTERFACES_NAMED_AS_SUCH",
                        MAPPERS_ARE_INTERFACES_NAMED_AS_SUCH,
                        classes(UserQueries.class)),
                arguments(
                        "REPOSITORY_ADAPTERS_ARE_NAMED_AND_PLACED_AS_SUCH",
                        REPOSITORY_ADAPTERS_ARE_NAMED_AND_PLACED_AS_SUCH,
                        classes(UserStore.class)),
                arguments(
                        "USE_CASES_ARE_INTERFACES_NAMED_AS_SUCH",
                        USE_CASES_ARE_INTERFACES_NAMED_AS_SUCH,
                        classes(RegisterRunner.class)),
                arguments(
                        "COMMANDS_ARE_RECORDS_NAMED_AS_SUCH",
                        COMMANDS_ARE_RECORDS_NAMED_AS_SUCH,
                        classes(LogRunRequest.class)),
                arguments("NO_FIELD_INJECTION", NO_FIELD_INJECTION, classes(ControllerWithFieldInjection.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuleWithAClassThatBreaksIt")
    void everyRule_reportsAClassThatBreaksIt_andSaysWhy(String name, ArchRule rule, JavaClasses violators) {
        EvaluationResult result = rule.evaluate(violators);

        assertThat(result.hasViolation()).as(name + " reports the violation").isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains("because");
        violators.forEach(violator -> assertThat(report).contains(violator.getSimpleName()));
    }

    @Test
    void everyRuleOfTheTest_isShownToBite() {
        long rulesInTheTest = Stream.of(HexagonalArchitectureTest.class.getFields())
                .filter(field -> ArchRule.class.isAssignableFrom(field.getType()))
                .count();

        assertThat(everyRuleWithAClassThatBreaksIt()).hasSize((int) rulesInTheTest);
    }

    static Stream<Arguments> everyRuleAboutOnePartOfTheCode() {
        return Stream.of(
                        MODEL_DEPENDS_ON_NOTHING_ELSE_IN_THE_PROJECT,
                        INBOUND_PORTS_STAND_ALONE,
                        OUTBOUND_PORTS_STAND_ALONE,
                        EVERY_OUTBOUND_PORT_METHOD_IS_CALLED_BY_A_SERVICE,
                        WEB_ADAPTER_USES_ONLY_INBOUND_PORTS,
                        PERSISTENCE_ADAPTER_USES_ONLY_OUTBOUND_PORTS,
                        WEB_ADAPTER_KNOWS_NOTHING_OF_STORAGE,
                        CONTROLLERS_ARE_NAMED_AND_PLACED_AS_SUCH,
                        MAPPERS_ARE_INTERFACES_NAMED_AS_SUCH,
                        REPOSITORY_ADAPTERS_ARE_NAMED_AND_PLACED_AS_SUCH,
                        USE_CASES_ARE_INTERFACES_NAMED_AS_SUCH,
                        COMMANDS_ARE_RECORDS_NAMED_AS_SUCH)
                .map(Arguments::arguments);
    }

    @ParameterizedTest
    @MethodSource("everyRuleAboutOnePartOfTheCode")
    void aRuleWhosePartOfTheCodeHoldsNoClasses_fails_insteadOfPassingSilently(ArchRule rule) {
        JavaClasses nothingOfRunlog = classes(String.class);

        assertThatThrownBy(() -> rule.evaluate(nothingOfRunlog))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void theRulesSeeTheMainCodeOfEveryModule_andNotTheseViolations() {
        JavaClasses mainCode =
                new ClassFileImporter().withImportOption(new MainCodeOnly()).importPackages("dev.runlog");

        assertThat(mainCode.contain(UserService.class)).as("domain").isTrue();
        assertThat(mainCode.contain(MyBatisUserRepository.class))
                .as("persistence-mybatis")
                .isTrue();
        assertThat(mainCode.contain(UserController.class)).as("web-adapter").isTrue();
        assertThat(mainCode.contain(RunlogApplication.class)).as("bootstrap").isTrue();
        assertThat(mainCode.contain(ModelUsingAPort.class))
                .as("a test-only violation")
                .isFalse();
        assertThat(mainCode.containPackage("dev.runlog.persistence"))
                .as("persistence's main package")
                .isTrue();
        assertThat(mainCode.stream().map(JavaClass::getSimpleName))
                .as("no class of another module's test-jar")
                .doesNotContain("PlainJavaExampleTest", "TestDatabase");
    }

    private static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }
}

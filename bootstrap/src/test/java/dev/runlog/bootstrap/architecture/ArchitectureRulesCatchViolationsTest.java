package dev.runlog.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.runlog.bootstrap.RunlogApplication;
import dev.runlog.domain.service.UserService;
import dev.runlog.domain.violation.DomainClassUsingAFramework;
import dev.runlog.persistence.MyBatisUserRepository;
import dev.runlog.web.UserController;
import dev.runlog.web.violation.ControllerUsingPersistence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proof that the rules of {@link HexagonalArchitectureTest} bite: each is run against classes
 * (in test sources only) that break it on purpose, and must report them, with its reason.
 */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void theDomainRule_catchesADomainClassThatUsesAFramework() {
        EvaluationResult result = evaluate(HexagonalArchitectureTest.DOMAIN_DEPENDS_ONLY_ON_THE_JDK,
                DomainClassUsingAFramework.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains(DomainClassUsingAFramework.class.getName())
                .contains("org.springframework")
                .contains("the domain is plain Java");
    }

    @Test
    void theAdapterRule_catchesAWebClassThatUsesPersistence() {
        EvaluationResult result = evaluate(HexagonalArchitectureTest.WEB_ADAPTER_DOES_NOT_USE_PERSISTENCE,
                ControllerUsingPersistence.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains(ControllerUsingPersistence.class.getName())
                .contains("dev.runlog.persistence.mapper.UserMapper");
    }

    @Test
    void theRulesSeeTheMainCodeOfEveryModule_andNotTheseViolations() {
        JavaClasses mainCode = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.runlog");

        assertThat(mainCode.contain(UserService.class)).as("domain").isTrue();
        assertThat(mainCode.contain(MyBatisUserRepository.class)).as("persistence-mybatis").isTrue();
        assertThat(mainCode.contain(UserController.class)).as("web-adapter").isTrue();
        assertThat(mainCode.contain(RunlogApplication.class)).as("bootstrap").isTrue();
        assertThat(mainCode.contain(DomainClassUsingAFramework.class)).as("a test-only violation").isFalse();
    }

    @Test
    void aRuleWhosePackageHoldsNoClasses_fails_insteadOfPassingSilently() {
        JavaClasses noDomainClasses = new ClassFileImporter().importClasses(ControllerUsingPersistence.class);

        assertThatThrownBy(() -> HexagonalArchitectureTest.DOMAIN_DEPENDS_ONLY_ON_THE_JDK.evaluate(noDomainClasses))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    private static EvaluationResult evaluate(ArchRule rule, Class<?> violator) {
        return rule.evaluate(new ClassFileImporter().importClasses(violator));
    }
}

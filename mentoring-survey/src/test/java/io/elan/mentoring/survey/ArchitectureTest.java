package io.elan.mentoring.survey;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.elan.mentoring.spi.survey.Segments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module's structure keeps the anonymity guard the only way results leave it. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.elan.mentoring.survey");

    @Test
    @DisplayName("only the anonymity guard turns responses into figures")
    void figuresComeFromTheGuardOnly() {
        classes().that().haveSimpleName("Figures").or().haveSimpleName("ResponseTable")
                .or().haveSimpleName("ReleaseAudit")
                .should().onlyBeAccessed().byClassesThat()
                .resideInAnyPackage("io.elan.mentoring.survey.anonymity..", "io.elan.mentoring.survey.internal..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("reports and questionnaires never read responses or the token registry; a wave names its segment"
            + " dimensions only")
    void reportsDoNotReadResponses() {
        noClasses().that().resideInAnyPackage("io.elan.mentoring.survey.report..",
                        "io.elan.mentoring.survey.questionnaire..")
                .should().dependOnClassesThat(resideInAnyPackage("io.elan.mentoring.spi.survey..",
                        "io.elan.mentoring.survey.collection..", "io.elan.mentoring.survey.anonymity..")
                        .and(not(equivalentTo(Segments.class))))
                .check(CLASSES);
    }

    @Test
    @DisplayName("the module does not use the SPI's internal helpers")
    void noSpiInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.elan.mentoring.spi.internal..")
                .check(CLASSES);
    }
}

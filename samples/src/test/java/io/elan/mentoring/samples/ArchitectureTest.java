package io.elan.mentoring.samples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the design, checked on the compiled published modules: the direction of dependencies, the SPI's
 * tiny footprint, and {@code internal} packages that stay inside their module.
 */
@DisplayName("the module rules of the design hold")
class ArchitectureTest {

    private static final String SPI = "io.elan.mentoring.spi..";
    private static final String TCK = "io.elan.mentoring.spi.tck..";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.elan.mentoring");
    }

    /** Classes of the SPI module itself: the spi packages without the compatibility kit. */
    private static DescribedPredicate<JavaClass> inSpiModule() {
        return resideInAPackage(SPI).and(not(resideInAPackage(TCK))).as("classes of mentoring-spi");
    }

    @Test
    @DisplayName("the SPI depends on nothing but the JDK, Jakarta Validation and JSpecify")
    void spiFootprint() {
        classes().that(inSpiModule())
                .should().onlyDependOnClassesThat(resideInAPackage("java..")
                        .or(resideInAPackage("jakarta.validation.."))
                        .or(resideInAPackage("org.jspecify.."))
                        .or(resideInAPackage(SPI).and(not(resideInAPackage(TCK)))))
                .check(classes);
    }

    @Test
    @DisplayName("the SPI's internal package is used by the SPI only")
    void spiInternal() {
        noClasses().that(not(inSpiModule()))
                .should().dependOnClassesThat().resideInAPackage("io.elan.mentoring.spi.internal..")
                .check(classes);
    }

    @Test
    @DisplayName("no module uses another module's internal packages")
    void internals() {
        for (String module : new String[] {"spi.tck", "core", "scheduling", "survey", "jdbc", "report"}) {
            String root = "io.elan.mentoring." + module + "..";
            noClasses().that(resideOutsideOfPackage(root))
                    .should().dependOnClassesThat().resideInAPackage(root.replace("..", "") + "..internal..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    @DisplayName("dependencies point up the module graph: scheduling, survey and jdbc never see the engine, and only "
            + "hosts and samples see the report")
    void direction() {
        noClasses().that().resideInAnyPackage("io.elan.mentoring.scheduling..", "io.elan.mentoring.survey..",
                        "io.elan.mentoring.jdbc..", SPI)
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.core..",
                        "io.elan.mentoring.samples..", "io.elan.mentoring.benchmarks..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAnyPackage("io.elan.mentoring.scheduling..", "io.elan.mentoring.survey..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.jdbc..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("io.elan.mentoring.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.jdbc..",
                        "io.elan.mentoring.report..", "io.elan.mentoring.samples..", "io.elan.mentoring.benchmarks..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.elan.mentoring.scheduling..", "io.elan.mentoring.survey..",
                        "io.elan.mentoring.jdbc..", SPI)
                .should().dependOnClassesThat().resideInAPackage("io.elan.mentoring.report..")
                .check(classes);
        noClasses().that().resideInAPackage("io.elan.mentoring.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.jdbc..",
                        "io.elan.mentoring.samples..", "io.elan.mentoring.benchmarks..")
                .check(classes);
        noClasses().that().resideInAPackage("io.elan.mentoring.report..")
                .and().resideOutsideOfPackage("io.elan.mentoring.report.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.core..",
                        "io.elan.mentoring.scheduling..", "io.elan.mentoring.survey..")
                .because("only the adapter reads the engine: the page and the exports are written from the report's "
                        + "own model, so that a change of the engine's API touches the adapter alone")
                .check(classes);
    }
}

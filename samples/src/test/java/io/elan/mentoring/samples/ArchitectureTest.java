package io.elan.mentoring.samples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the design, checked on the compiled published modules and the samples: the direction of
 * dependencies, the SPI's tiny footprint, {@code internal} packages that stay inside their module, samples that use
 * the published API only, and no cycle between the packages of a module. No rule is allowed to check nothing: each
 * must find the classes it is about, so a renamed package makes it fail rather than pass quietly.
 */
@DisplayName("the module rules of the design hold")
class ArchitectureTest {

    private static final String SPI = "io.elan.mentoring.spi..";
    private static final String TCK = "io.elan.mentoring.spi.tck..";
    /** The root package of each published module; the SPI's holds the compatibility kit's, which is apart. */
    private static final List<String> MODULES = List.of("spi", "spi.tck", "scheduling", "survey", "matching", "core", "jdbc",
            "report");
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

    /** Classes of one published module. */
    private static DescribedPredicate<JavaClass> inModule(String module) {
        DescribedPredicate<JavaClass> in = resideInAPackage("io.elan.mentoring." + module + "..");
        return (module.equals("spi") ? in.and(not(resideInAPackage(TCK))) : in).as("classes of " + module);
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spi.tck", "scheduling", "survey", "matching", "core", "jdbc", "report"})
    @DisplayName("no module uses another module's internal packages")
    void internals(String module) {
        String root = "io.elan.mentoring." + module + "..";
        noClasses().that(resideOutsideOfPackage(root))
                .should().dependOnClassesThat().resideInAPackage(root.replace("..", "") + "..internal..")
                .check(classes);
        classes().that().resideInAPackage(root.replace("..", "") + "..internal..")
                .should().resideInAPackage(root)
                .as("the internal packages of " + module + " exist")
                .check(classes);
    }

    @Test
    @DisplayName("dependencies point up the module graph: scheduling, survey and jdbc never see the engine")
    void direction() {
        noClasses().that().resideInAnyPackage("io.elan.mentoring.scheduling..", "io.elan.mentoring.survey..",
                        "io.elan.mentoring.jdbc..", SPI)
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.core..",
                        "io.elan.mentoring.samples..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.elan.mentoring.scheduling..", "io.elan.mentoring.survey..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.jdbc..")
                .check(classes);
        noClasses().that().resideInAPackage("io.elan.mentoring.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.jdbc..",
                        "io.elan.mentoring.report..", "io.elan.mentoring.samples..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.elan.mentoring.scheduling..", "io.elan.mentoring.survey..",
                        "io.elan.mentoring.matching..", "io.elan.mentoring.jdbc..", SPI)
                .should().dependOnClassesThat().resideInAPackage("io.elan.mentoring.report..")
                .check(classes);
        noClasses().that().resideInAPackage("io.elan.mentoring.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.core..",
                        "io.elan.mentoring.jdbc..", "io.elan.mentoring.samples..")
                .check(classes);
        noClasses().that().resideInAPackage("io.elan.mentoring.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.jdbc..",
                        "io.elan.mentoring.samples..")
                .check(classes);
        noClasses().that().resideInAPackage("io.elan.mentoring.report..")
                .and().resideOutsideOfPackage("io.elan.mentoring.report.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.elan.mentoring.core..",
                        "io.elan.mentoring.scheduling..", "io.elan.mentoring.survey..")
                .because("only the adapter reads the engine: the page and the exports are written from the report's "
                        + "own model, so that a change of the engine's API touches the adapter alone")
                .check(classes);
    }

    @Test
    @DisplayName("samples depend only on the published modules' packages that are not internal, the JDK, JSpecify and"
            + " Jackson")
    void samplesUsePublishedApi() {
        classes().that().resideInAPackage("io.elan.mentoring.samples..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.jspecify..",
                        "com.fasterxml.jackson..", "io.elan.mentoring.samples..")
                        .or(resideInAnyPackage("io.elan.mentoring.spi..", "io.elan.mentoring.scheduling..",
                                "io.elan.mentoring.survey..", "io.elan.mentoring.matching..", "io.elan.mentoring.core..",
                                "io.elan.mentoring.jdbc..", "io.elan.mentoring.report..")
                                .and(not(resideInAPackage("..internal..")))
                                .and(not(resideInAPackage(TCK)))))
                .check(classes);
    }

    /**
     * No cycle between the packages of a module. A public package hands out the implementation in its internal
     * package, which reads the public package's values: those calls across the line between public and internal are
     * the design, so they are set aside. What is left must be free of cycles: the public packages among themselves
     * (what hosts and plugin authors read), and the internal packages among themselves.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spi", "spi.tck", "scheduling", "survey", "matching", "core", "jdbc", "report"})
    @DisplayName("no module has a cycle between its packages")
    void noPackageCycles(String module) {
        DescribedPredicate<JavaClass> internal = resideInAPackage("..internal..").as("internal");
        DescribedPredicate<JavaClass> published = not(resideInAPackage("..internal..")).as("published");
        slices().assignedFrom(packagesOf(module))
                .should().beFreeOfCycles()
                .ignoreDependency(internal, published)
                .ignoreDependency(published, internal)
                .check(classes.that(inModule(module)));
    }

    /** Each package of one module is a slice; the classes of other modules are left out. */
    private static SliceAssignment packagesOf(String module) {
        String root = "io.elan.mentoring." + module;
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                boolean inside = name.equals(root) || name.startsWith(root + ".");
                boolean kit = !module.equals("spi.tck") && name.startsWith("io.elan.mentoring.spi.tck");
                return inside && !kit ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + root;
            }
        };
    }

    @Test
    @DisplayName("every published module is checked: each has classes")
    void everyModuleHasClasses() {
        for (String module : MODULES) {
            classes().that(inModule(module)).should().resideInAPackage("io.elan.mentoring..").check(classes);
        }
    }
}

package io.elan.mentoring.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle engine's public API never hands out an internal type, and starts no threads: hosts may rely on
 * every public signature outside {@code ..internal..} packages.
 */
@AnalyzeClasses(packages = "io.elan.mentoring.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiBoundaryTest {

    private static final String[] API_PACKAGES = {"io.elan.mentoring.core", "io.elan.mentoring.core.program",
        "io.elan.mentoring.core.json", "io.elan.mentoring.core.directory", "io.elan.mentoring.core.hotline",
        "io.elan.mentoring.core.followup", "io.elan.mentoring.core.activity", "io.elan.mentoring.core.event",
        "io.elan.mentoring.core.calendar"};

    @ArchTest
    static final ArchRule publicSignaturesExposeNoInternalType = classes()
            .that().resideInAnyPackage(API_PACKAGES).and().arePublic()
            .should(new ArchCondition<JavaClass>("expose no internal type in a public or protected signature") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    List<JavaCodeUnit> exposed = new ArrayList<>();
                    for (JavaCodeUnit unit : type.getCodeUnits()) {
                        boolean visible = unit.getModifiers().contains(JavaModifier.PUBLIC)
                                || unit.getModifiers().contains(JavaModifier.PROTECTED);
                        if (visible && (isInternal(unit.getRawReturnType())
                                || unit.getRawParameterTypes().stream().anyMatch(ApiBoundaryTest::isInternal))) {
                            exposed.add(unit);
                        }
                    }
                    for (JavaCodeUnit unit : exposed) {
                        events.add(SimpleConditionEvent.violated(unit,
                                unit.getFullName() + " exposes an internal type"));
                    }
                }
            });

    @ArchTest
    static final ArchRule noThreadsStarted = noClasses()
            .that().resideInAnyPackage("io.elan.mentoring.core..")
            .should().callConstructor(Thread.class)
            .orShould().callMethodWhere(DescribedPredicate.describe("an executor factory",
                    call -> call.getTargetOwner().isEquivalentTo(java.util.concurrent.Executors.class)));

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().contains(".internal");
    }
}

package io.elan.mentoring.spi.tck.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.tck.ActivityLogCompatibilityKit;
import io.elan.mentoring.spi.tck.BroadcastLogCompatibilityKit;
import io.elan.mentoring.spi.tck.ErasureReceiptsCompatibilityKit;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import io.elan.mentoring.spi.tck.OutboxCompatibilityKit;
import io.elan.mentoring.spi.tck.PeopleDirectoryCompatibilityKit;
import io.elan.mentoring.spi.tck.ProgramStoreCompatibilityKit;
import io.elan.mentoring.spi.tck.ReleaseLedgerCompatibilityKit;
import io.elan.mentoring.spi.tck.SurveyResponseStoreCompatibilityKit;
import io.elan.mentoring.spi.tck.TokenRegistryCompatibilityKit;
import io.elan.mentoring.spi.tck.WaveDefinitionStoreCompatibilityKit;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a plugin author's build shows of a kit are its sentences: no test and no group may go without one. */
@DisplayName("every test and every group of the kits carries a sentence of the contract as its display name")
class KitDisplayNamesTest {

    private static final List<Class<?>> KITS = List.of(ProgramStoreCompatibilityKit.class,
            ActivityLogCompatibilityKit.class, OutboxCompatibilityKit.class, SurveyResponseStoreCompatibilityKit.class,
            MessageGatewayCompatibilityKit.class, PeopleDirectoryCompatibilityKit.class,
            BroadcastLogCompatibilityKit.class, TokenRegistryCompatibilityKit.class, ReleaseLedgerCompatibilityKit.class,
            WaveDefinitionStoreCompatibilityKit.class, ErasureReceiptsCompatibilityKit.class);

    @Test
    @DisplayName("no test method or @Nested group of a kit lacks a @DisplayName of several words")
    void everyTestAndGroupIsNamed() {
        List<String> unnamed = new ArrayList<>();
        int named = 0;
        for (Class<?> kit : KITS) {
            named += collect(kit, unnamed);
        }
        assertThat(unnamed).as("tests and groups without a display name of several words").isEmpty();
        assertThat(named).as("tests and groups found in the kits").isGreaterThan(100);
    }

    private static int collect(Class<?> type, List<String> unnamed) {
        int named = 0;
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class)) {
                named += check(method, type.getName() + "#" + method.getName(), unnamed);
            }
        }
        for (Class<?> contract : type.getInterfaces()) {
            named += collect(contract, unnamed);
        }
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            named += collect(type.getSuperclass(), unnamed);
        }
        for (Class<?> group : type.getDeclaredClasses()) {
            if (group.isAnnotationPresent(Nested.class)) {
                named += check(group, group.getName(), unnamed) + collect(group, unnamed);
            }
        }
        return named;
    }

    private static int check(AnnotatedElement element, String where, List<String> unnamed) {
        DisplayName name = element.getAnnotation(DisplayName.class);
        if (name == null || !name.value().strip().contains(" ")) {
            unnamed.add(where);
            return 0;
        }
        return 1;
    }
}

package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the engine does when another writer changes the program between its read and its write: it re-reads and
 * re-applies, a bounded number of times, keeping the other writer's change; past the bound it surfaces the conflict.
 */
class VersionConflictTest {

    private final InMemoryProgramStore memory = new InMemoryProgramStore();
    private final AtomicInteger interferencesLeft = new AtomicInteger();
    private final AtomicInteger saveAttempts = new AtomicInteger();

    /** A store where, just before each program save, another writer slips in its own change. */
    private final ProgramStore contended = (ProgramStore) Proxy.newProxyInstance(
            ProgramStore.class.getClassLoader(), new Class<?>[] {ProgramStore.class}, (proxy, method, args) -> {
                if (method.getName().equals("saveProgram")) {
                    saveAttempts.incrementAndGet();
                    if (interferencesLeft.getAndDecrement() > 0) {
                        Program current = memory.findProgram(ACME, SPRING).orElseThrow();
                        Map<String, String> settings = new HashMap<>(current.settings());
                        settings.merge("host.edits", "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
                        memory.saveProgram(current.toBuilder().settings(settings).build());
                    }
                }
                try {
                    return method.invoke(memory, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    private Elan elan(int attempts) {
        return EngineFixture.builderOver(contended)
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL))
                .peopleDirectory(new InMemoryPeopleDirectory())
                .clock(new MutableClock(Instant.parse("2027-01-04T08:00:00Z")))
                .versionConflictAttempts(attempts).build();
    }

    @Test
    @DisplayName("a transition that meets conflicts is retried on fresh state and keeps the other writer's change")
    void retriedWithoutLosingTheOtherUpdate() {
        Elan elan = elan(5);
        elan.tenant(ACME).programs().define(EngineFixture.definition().build());
        interferencesLeft.set(4);
        saveAttempts.set(0);

        Program enrolling = elan.tenant(ACME).programs().openEnrolment(SPRING);

        assertThat(saveAttempts).hasValue(5);
        assertThat(enrolling.status()).isEqualTo(ProgramStatus.ENROLLING);
        assertThat(enrolling.settings()).containsEntry("host.edits", "4");
        assertThat(memory.findProgram(ACME, SPRING)).contains(enrolling);
    }

    @Test
    @DisplayName("past the configured number of attempts the conflict is surfaced and nothing of the transition stored")
    void surfacedPastTheBound() {
        Elan elan = elan(3);
        elan.tenant(ACME).programs().define(EngineFixture.definition().build());
        interferencesLeft.set(3);
        saveAttempts.set(0);

        assertThatThrownBy(() -> elan.tenant(ACME).programs().openEnrolment(SPRING))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageStartingWith("program spring-2027: version conflict")
                .hasMessageEndingWith("; still conflicting after 3 attempts");

        assertThat(saveAttempts).hasValue(3);
        Program stored = memory.findProgram(ACME, SPRING).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(stored.settings()).containsEntry("host.edits", "3");
    }
}

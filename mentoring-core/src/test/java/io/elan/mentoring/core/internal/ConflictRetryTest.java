package io.elan.mentoring.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.VersionConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the engine retries a step whose write meets version conflicts: jittered, bounded waits, then a clear failure. */
class ConflictRetryTest {

    private final List<Long> ceilings = new ArrayList<>();
    private final List<Long> waits = new ArrayList<>();

    /** A retry that waits by recording, and draws half of each ceiling. */
    private ConflictRetry retry(int attempts) {
        return new ConflictRetry(attempts, waits::add, ceiling -> {
            ceilings.add(ceiling);
            return ceiling / 2;
        });
    }

    /** A step whose first {@code conflicts} attempts meet a conflict, each on a newer stored version. */
    private static Supplier<String> conflicting(int conflicts) {
        AtomicInteger attempt = new AtomicInteger();
        return () -> {
            int n = attempt.incrementAndGet();
            if (n <= conflicts) {
                throw new VersionConflictException("program", "p", n, n + 1);
            }
            return "stored at attempt " + n;
        };
    }

    private static long ms(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }

    @Test
    @DisplayName("a step without conflict runs once and never waits")
    void noConflictNoWait() {
        assertThat(retry(5).run(conflicting(0))).isEqualTo("stored at attempt 1");
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("each retry waits a random time up to a ceiling that doubles from 2 ms and stops at 20 ms")
    void jitteredBoundedBackoff() {
        assertThat(retry(8).run(conflicting(7))).isEqualTo("stored at attempt 8");

        assertThat(ceilings).containsExactly(ms(2), ms(4), ms(8), ms(16), ms(20), ms(20), ms(20));
        assertThat(waits).containsExactly(ms(1), ms(2), ms(4), ms(8), ms(10), ms(10), ms(10));
    }

    @Test
    @DisplayName("the default of 5 attempts waits at most 30 ms in all, the most the engine allows (100) about 2 s")
    void totalWaitIsBounded() {
        long five = 0;
        for (int retry = 1; retry < 5; retry++) {
            five += ConflictRetry.ceilingNanos(retry);
        }
        long hundred = 0;
        for (int retry = 1; retry < 100; retry++) {
            hundred += ConflictRetry.ceilingNanos(retry);
        }
        assertThat(five).isEqualTo(ms(30));
        assertThat(hundred).isEqualTo(ms(1_930));
    }

    @Test
    @DisplayName("the engine's own retry really waits and then succeeds")
    void realWaits() {
        assertThat(new ConflictRetry(3).run(conflicting(2))).isEqualTo("stored at attempt 3");
    }

    @Test
    @DisplayName("when every attempt conflicts, the last conflict says how many attempts were made")
    void surfacedWithTheNumberOfAttempts() {
        assertThatThrownBy(() -> retry(5).run(conflicting(5)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e).hasMessage("program p: version conflict, the write was based on version 5 but the"
                            + " stored version is 6; still conflicting after 5 attempts");
                    assertThat(e.attempts()).isEqualTo(5);
                    assertThat(e.expectedVersion()).isEqualTo(5);
                    assertThat(e.getCause()).isInstanceOf(VersionConflictException.class)
                            .hasMessageEndingWith("stored version is 6");
                    assertThat(((VersionConflictException) e.getCause()).attempts()).isEqualTo(1);
                    assertThat(e.getCause().getSuppressed()).hasSize(1);
                });
        assertThat(waits).hasSize(4);
    }

    @Test
    @DisplayName("with retries turned off, the one conflict surfaces after 1 attempt, without waiting")
    void oneAttempt() {
        assertThatThrownBy(() -> retry(1).run(conflicting(1)))
                .hasMessageEndingWith("; still conflicting after 1 attempt");
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("a caller interrupted while it waits stops retrying and keeps its interrupt")
    void interruptedWait() {
        ConflictRetry retry = new ConflictRetry(5, nanos -> {
            waits.add(nanos);
            if (waits.size() == 2) {
                throw new InterruptedException();
            }
        }, ceiling -> ceiling);
        try {
            assertThatThrownBy(() -> retry.run(conflicting(5)))
                    .isInstanceOfSatisfying(VersionConflictException.class,
                            e -> assertThat(e.attempts()).isEqualTo(2));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}

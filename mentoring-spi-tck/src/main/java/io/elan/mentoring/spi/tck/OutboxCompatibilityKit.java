package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Outbox}: one message per key, exclusive claims under a lease, settling only with the latest
 * claim, tenants apart. Extend it and return your outbox from {@link #outbox()}; every test works in tenants of its own.
 */
public abstract class OutboxCompatibilityKit {

    /** @return the outbox under test; may be the same instance on every call */
    protected abstract Outbox outbox();

    private final TenantId tenant = freshTenant();
    private final ProgramId program = ProgramId.of("program-1");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private OutboxEntry entry(String key) {
        return outbox().find(tenant, key).orElseThrow(() -> new AssertionError("no outbox entry for " + key));
    }

    private ClaimedMessage claimOne(Instant now) {
        List<ClaimedMessage> claimed = outbox().claimDue(tenant, now, 1, LEASE);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    @Nested
    @DisplayName("enqueueing")
    class Enqueueing {
        @Test
        @DisplayName("a message is stored once per idempotency key, pending, with no attempt yet")
        void once() {
            OutgoingMessage m = message(program, "k1", T0);
            assertThat(outbox().enqueue(tenant, m)).isTrue();
            assertThat(outbox().enqueue(tenant, message(program, "k1", T0.plusSeconds(99)))).isFalse();
            OutboxEntry e = entry("k1");
            assertThat(e.message()).isEqualTo(m);
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.attempts()).isZero();
            assertThat(e.nextAttemptAt()).isEqualTo(T0);
        }

        @Test
        @DisplayName("a key already delivered is not enqueued again")
        void afterDelivery() {
            outbox().enqueue(tenant, message(program, "k1", T0));
            ClaimedMessage c = claimOne(T0);
            outbox().markDelivered(tenant, c.claimToken(), T0);
            assertThat(outbox().enqueue(tenant, message(program, "k1", T0))).isFalse();
            assertThat(entry("k1").state()).isEqualTo(OutboxState.DELIVERED);
        }

        @Test
        @DisplayName("entries of a program are listed by key")
        void listed() {
            outbox().enqueue(tenant, message(program, "b", T0));
            outbox().enqueue(tenant, message(program, "a", T0));
            outbox().enqueue(tenant, message(ProgramId.of("other"), "c", T0));
            try (Stream<OutboxEntry> entries = outbox().entries(tenant, program)) {
                assertThat(entries).extracting(e -> e.message().idempotencyKey()).containsExactly("a", "b");
            }
        }
    }

    @Nested
    @DisplayName("claiming")
    class Claiming {
        @Test
        @DisplayName("only messages whose not-before has come are claimed, earliest first, up to the limit")
        void due() {
            outbox().enqueue(tenant, message(program, "later", T0.plusSeconds(60)));
            outbox().enqueue(tenant, message(program, "second", T0.minusSeconds(10)));
            outbox().enqueue(tenant, message(program, "first", T0.minusSeconds(20)));
            outbox().enqueue(tenant, message(program, "third", T0));
            List<ClaimedMessage> claimed = outbox().claimDue(tenant, T0, 2, LEASE);
            assertThat(claimed).extracting(c -> c.message().idempotencyKey()).containsExactly("first", "second");
            assertThat(outbox().claimDue(tenant, T0, 10, LEASE)).extracting(c -> c.message().idempotencyKey())
                    .containsExactly("third");
        }

        @Test
        @DisplayName("a claim counts an attempt, holds a lease and leaves the message in flight")
        void inFlight() {
            outbox().enqueue(tenant, message(program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(c.attempt()).isEqualTo(1);
            assertThat(c.leaseExpiresAt()).isEqualTo(T0.plus(LEASE));
            OutboxEntry e = entry("k");
            assertThat(e.state()).isEqualTo(OutboxState.IN_FLIGHT);
            assertThat(e.attempts()).isEqualTo(1);
        }

        @Test
        @DisplayName("a claimed message is not handed out again while its lease lasts")
        void exclusive() {
            outbox().enqueue(tenant, message(program, "k", T0));
            claimOne(T0);
            assertThat(outbox().claimDue(tenant, T0.plus(LEASE).minusMillis(1), 10, LEASE)).isEmpty();
        }

        @Test
        @DisplayName("once the lease expires the message is claimable again, and the earlier claim can no longer settle it")
        void leaseExpiry() {
            outbox().enqueue(tenant, message(program, "k", T0));
            ClaimedMessage first = claimOne(T0);
            ClaimedMessage second = claimOne(T0.plus(LEASE));
            assertThat(second.claimToken()).isNotEqualTo(first.claimToken());
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(outbox().markDelivered(tenant, first.claimToken(), T0.plus(LEASE))).isFalse();
            assertThat(entry("k").state()).isEqualTo(OutboxState.IN_FLIGHT);
            assertThat(outbox().markDelivered(tenant, second.claimToken(), T0.plus(LEASE))).isTrue();
            assertThat(entry("k").state()).isEqualTo(OutboxState.DELIVERED);
        }

        @Test
        @DisplayName("a claim whose lease expired may still settle while nobody else claimed the message")
        void lateButLatest() {
            outbox().enqueue(tenant, message(program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDelivered(tenant, c.claimToken(), T0.plus(LEASE).plusSeconds(30))).isTrue();
        }

        @Test
        @DisplayName("a limit below one or a lease that is not positive is refused")
        void invalid() {
            assertThatThrownBy(() -> outbox().claimDue(tenant, T0, 0, LEASE)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("limit");
            assertThatThrownBy(() -> outbox().claimDue(tenant, T0, 1, Duration.ZERO))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("lease");
        }
    }

    @Nested
    @DisplayName("settling")
    class Settling {
        @Test
        @DisplayName("a delivered message is final and never claimed again")
        void delivered() {
            outbox().enqueue(tenant, message(program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDelivered(tenant, c.claimToken(), T0.plusSeconds(1))).isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).isEqualTo(OutboxState.DELIVERED);
            assertThat(e.settledAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(outbox().claimDue(tenant, T0.plus(Duration.ofDays(365)), 10, LEASE)).isEmpty();
        }

        @Test
        @DisplayName("a retry makes the message pending again, due at the given time, with the reason kept")
        void retry() {
            outbox().enqueue(tenant, message(program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().retryAt(tenant, c.claimToken(), T0.plusSeconds(120), "gateway timeout")).isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.nextAttemptAt()).isEqualTo(T0.plusSeconds(120));
            assertThat(e.lastError()).isEqualTo("gateway timeout");
            assertThat(outbox().claimDue(tenant, T0.plusSeconds(119), 10, LEASE)).isEmpty();
            assertThat(claimOne(T0.plusSeconds(120)).attempt()).isEqualTo(2);
        }

        @Test
        @DisplayName("a dead letter is final and keeps its reason")
        void dead() {
            outbox().enqueue(tenant, message(program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDead(tenant, c.claimToken(), T0, "unknown recipient")).isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).isEqualTo(OutboxState.DEAD);
            assertThat(e.lastError()).isEqualTo("unknown recipient");
            assertThat(outbox().claimDue(tenant, T0.plus(Duration.ofDays(365)), 10, LEASE)).isEmpty();
        }

        @Test
        @DisplayName("a claim settles once; an unknown token settles nothing")
        void once() {
            outbox().enqueue(tenant, message(program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDelivered(tenant, c.claimToken(), T0)).isTrue();
            assertThat(outbox().markDead(tenant, c.claimToken(), T0, "late")).isFalse();
            assertThat(outbox().retryAt(tenant, c.claimToken(), T0, "late")).isFalse();
            assertThat(outbox().markDelivered(tenant, "no-such-claim", T0)).isFalse();
            assertThat(entry("k").state()).isEqualTo(OutboxState.DELIVERED);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {
        @Test
        @DisplayName("another tenant neither finds, lists, claims nor settles the messages")
        void invisible() {
            TenantId other = freshTenant();
            outbox().enqueue(tenant, message(program, "k", T0));
            assertThat(outbox().find(other, "k")).isEmpty();
            try (Stream<OutboxEntry> entries = outbox().entries(other, program)) {
                assertThat(entries).isEmpty();
            }
            assertThat(outbox().claimDue(other, T0, 10, LEASE)).isEmpty();
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDelivered(other, c.claimToken(), T0)).isFalse();
            assertThat(entry("k").state()).isEqualTo(OutboxState.IN_FLIGHT);
        }

        @Test
        @DisplayName("the same key in two tenants is two messages")
        void keysPerTenant() {
            TenantId other = freshTenant();
            assertThat(outbox().enqueue(tenant, message(program, "k", T0))).isTrue();
            assertThat(outbox().enqueue(other, message(program, "k", T0))).isTrue();
        }
    }

    @Nested
    @DisplayName("concurrent claims")
    class ConcurrentClaims {
        @Test
        @DisplayName("eight threads claiming 10,000 messages get each exactly once while the leases last")
        void eachOnce() {
            int total = 10_000;
            IntStream.range(0, total).forEach(i ->
                    outbox().enqueue(tenant, message(program, String.format(Locale.ROOT, "m%05d", i), T0.plusMillis(i % 100))));
            Instant now = T0.plusSeconds(1);
            // Bounded so that an outbox handing messages out twice ends the test instead of looping for ever.
            AtomicInteger handedOut = new AtomicInteger();
            List<List<String>> claimedPerThread = Concurrently.run(8, i -> () -> {
                List<String> mine = new ArrayList<>();
                while (handedOut.get() <= total) {
                    List<ClaimedMessage> batch = outbox().claimDue(tenant, now, 37, Duration.ofHours(1));
                    if (batch.isEmpty()) {
                        return mine;
                    }
                    handedOut.addAndGet(batch.size());
                    batch.forEach(c -> mine.add(c.message().idempotencyKey()));
                }
                return mine;
            });
            List<String> all = claimedPerThread.stream().flatMap(List::stream).toList();
            assertThat(all).hasSize(total);
            assertThat(new HashSet<>(all)).hasSize(total);
        }

        @Test
        @DisplayName("claims and settles racing after lease expiry leave each message settled exactly once")
        void settleRace() {
            int total = 500;
            IntStream.range(0, total).forEach(i -> outbox().enqueue(tenant, message(program, "r" + i, T0)));
            // Every message is first claimed with a lease that is already over when the threads start.
            List<ClaimedMessage> stale = new ArrayList<>();
            for (List<ClaimedMessage> b; stale.size() <= total
                    && !(b = outbox().claimDue(tenant, T0, 100, Duration.ofMillis(1))).isEmpty(); ) {
                stale.addAll(b);
            }
            assertThat(stale).hasSize(total);
            Instant later = T0.plusSeconds(1);
            AtomicInteger handedOut = new AtomicInteger();
            List<Integer> settled = Concurrently.run(8, i -> () -> {
                int ok = 0;
                if (i < 4) {
                    for (int n = i; n < total; n += 4) {
                        ok += outbox().markDelivered(tenant, stale.get(n).claimToken(), later) ? 1 : 0;
                    }
                } else {
                    for (List<ClaimedMessage> b; handedOut.get() <= 2 * total
                            && !(b = outbox().claimDue(tenant, later, 25, Duration.ofHours(1))).isEmpty(); ) {
                        handedOut.addAndGet(b.size());
                        for (ClaimedMessage c : b) {
                            ok += outbox().markDelivered(tenant, c.claimToken(), later) ? 1 : 0;
                        }
                    }
                }
                return ok;
            });
            assertThat(settled.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
            try (Stream<OutboxEntry> entries = outbox().entries(tenant, program)) {
                assertThat(entries).allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxState.DELIVERED));
            }
        }
    }

    /** One step of {@link #operationsAgreeWithAModel}. */
    record Step(int kind, int slot, int minutes) {}

    @Provide
    Arbitrary<List<Step>> outboxSteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 20))
                .as(Step::new).list().ofMaxSize(50);
    }

    @Property(tries = 40)
    @Label("any sequence of enqueues, claims, settles and waits agrees with a simple model")
    void operationsAgreeWithAModel(@ForAll("outboxSteps") List<Step> steps) {
        TenantId t = freshTenant();
        Duration lease = Duration.ofMinutes(10);
        Instant now = T0;
        Map<String, OutboxState> state = new TreeMap<>();
        Map<String, Instant> due = new HashMap<>();
        Map<String, Integer> attempts = new HashMap<>();
        Map<String, String> latestClaim = new HashMap<>();
        List<ClaimedMessage> held = new ArrayList<>();
        for (Step step : steps) {
            String key = "k" + step.slot();
            switch (step.kind()) {
                case 0 -> {
                    Instant notBefore = now.plus(Duration.ofMinutes(step.minutes() - 10));
                    boolean isNew = !state.containsKey(key);
                    assertThat(outbox().enqueue(t, message(program, key, notBefore))).isEqualTo(isNew);
                    if (isNew) {
                        state.put(key, OutboxState.PENDING);
                        due.put(key, notBefore);
                        attempts.put(key, 0);
                    }
                }
                case 1 -> {
                    Instant at = now;
                    List<String> expected = state.keySet().stream()
                            .filter(k -> !state.get(k).isFinal() && !due.get(k).isAfter(at))
                            .sorted((a, b) -> due.get(a).equals(due.get(b)) ? a.compareTo(b)
                                    : due.get(a).compareTo(due.get(b)))
                            .limit(1 + step.minutes() % 3)
                            .toList();
                    List<ClaimedMessage> claimed = outbox().claimDue(t, now, 1 + step.minutes() % 3, lease);
                    assertThat(claimed).extracting(c -> c.message().idempotencyKey())
                            .containsExactlyElementsOf(expected);
                    for (ClaimedMessage c : claimed) {
                        String k = c.message().idempotencyKey();
                        state.put(k, OutboxState.IN_FLIGHT);
                        due.put(k, now.plus(lease));
                        attempts.merge(k, 1, Integer::sum);
                        assertThat(c.attempt()).isEqualTo(attempts.get(k));
                        latestClaim.put(k, c.claimToken());
                        held.add(c);
                    }
                }
                case 2, 3, 4 -> {
                    if (held.isEmpty()) {
                        break;
                    }
                    ClaimedMessage c = held.remove(step.slot() % held.size());
                    String k = c.message().idempotencyKey();
                    boolean valid = c.claimToken().equals(latestClaim.get(k)) && state.get(k) == OutboxState.IN_FLIGHT;
                    boolean result = switch (step.kind()) {
                        case 2 -> outbox().markDelivered(t, c.claimToken(), now);
                        case 3 -> outbox().retryAt(t, c.claimToken(), now.plus(Duration.ofMinutes(step.minutes())),
                                "retry");
                        default -> outbox().markDead(t, c.claimToken(), now, "dead");
                    };
                    assertThat(result).isEqualTo(valid);
                    if (valid) {
                        latestClaim.remove(k);
                        switch (step.kind()) {
                            case 2 -> state.put(k, OutboxState.DELIVERED);
                            case 3 -> {
                                state.put(k, OutboxState.PENDING);
                                due.put(k, now.plus(Duration.ofMinutes(step.minutes())));
                            }
                            default -> state.put(k, OutboxState.DEAD);
                        }
                    }
                }
                default -> now = now.plus(Duration.ofMinutes(step.minutes()));
            }
            for (Map.Entry<String, OutboxState> e : state.entrySet()) {
                OutboxEntry stored = outbox().find(t, e.getKey()).orElseThrow();
                assertThat(stored.state()).as("state of %s", e.getKey()).isEqualTo(e.getValue());
                assertThat(stored.attempts()).as("attempts of %s", e.getKey()).isEqualTo(attempts.get(e.getKey()));
            }
        }
        Set<String> listed = new HashSet<>();
        try (Stream<OutboxEntry> entries = outbox().entries(t, program)) {
            entries.forEach(e -> listed.add(e.message().idempotencyKey()));
        }
        assertThat(listed).isEqualTo(state.keySet());
    }
}

package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import io.elan.mentoring.spi.tck.internal.OutboxErasureRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contract of {@link Outbox}: one message per key and tenant, exclusive claims under a lease, orphaned claims taken
 * ahead of any backlog, leases renewed and claims given back, settling only with the latest claim except for a late
 * delivery, which wins, dead letters listed and put back, tenants apart. Extend it and return your outbox from
 * {@link #outbox()}; every test works in tenants of its own.
 */
public abstract class OutboxCompatibilityKit {

    /** @return the outbox under test; may be the same instance on every call */
    protected abstract Outbox outbox();

    private final TenantId tenant = freshTenant();
    private final ProgramId program = ProgramId.of("program-1");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final String LATE_WINS = "a delivery reported with an earlier claim must be recorded, as the"
            + " provider accepted the message: it wins";

    private OutboxEntry entry(String key) {
        return outbox().find(tenant, key)
                .orElseThrow(() -> new AssertionError("the outbox must find the message enqueued under key " + key
                        + ", and it found none"));
    }

    private ClaimedMessage claimOne(Instant now) {
        List<ClaimedMessage> claimed = outbox().claimDue(tenant, now, 1, LEASE);
        assertThat(claimed).as("claiming with a limit of 1 at %s must hand out the one message due", now).hasSize(1);
        return claimed.get(0);
    }

    @Nested
    @DisplayName("enqueueing messages")
    class Enqueueing {
        @Test
        @DisplayName("a message is stored once per idempotency key, pending, with no attempt yet")
        void once() {
            OutgoingMessage m = message(tenant, program, "k1", T0);
            assertThat(outbox().enqueue(tenant, m)).as("enqueueing a new key must store the message and return true")
                    .isTrue();
            assertThat(outbox().enqueue(tenant, message(tenant, program, "k1", T0.plusSeconds(99))))
                    .as("enqueueing a key already stored must store nothing and return false: one message per key")
                    .isFalse();
            OutboxEntry e = entry("k1");
            assertThat(e.message()).as("the message first enqueued under a key must be the one kept").isEqualTo(m);
            assertThat(e.state()).as("a message just enqueued must be pending").isEqualTo(OutboxState.PENDING);
            assertThat(e.attempts()).as("a message just enqueued must have no attempt yet").isZero();
            assertThat(e.nextAttemptAt()).as("a message just enqueued must be due at its not-before instant")
                    .isEqualTo(T0);
        }

        @Test
        @DisplayName("a key already delivered is not enqueued again")
        void afterDelivery() {
            outbox().enqueue(tenant, message(tenant, program, "k1", T0));
            ClaimedMessage c = claimOne(T0);
            outbox().markDelivered(tenant, c.claimToken(), T0);
            assertThat(outbox().enqueue(tenant, message(tenant, program, "k1", T0)))
                    .as("enqueueing a key already delivered must store nothing and return false").isFalse();
            assertThat(entry("k1").state()).as("a delivered message must stay delivered when its key is enqueued again")
                    .isEqualTo(OutboxState.DELIVERED);
        }

        @Test
        @DisplayName("entries of a program are listed by key")
        void listed() {
            outbox().enqueue(tenant, message(tenant, program, "b", T0));
            outbox().enqueue(tenant, message(tenant, program, "a", T0));
            outbox().enqueue(tenant, message(tenant, ProgramId.of("other"), "c", T0));
            try (Stream<OutboxEntry> entries = outbox().entries(tenant, program)) {
                assertThat(entries).extracting(e -> e.message().idempotencyKey())
                        .as("a program's entries must be listed by key, without another program's")
                        .containsExactly("a", "b");
            }
        }
    }

    @Nested
    @DisplayName("claiming due messages")
    class Claiming {
        @Test
        @DisplayName("only messages whose not-before has come are claimed, earliest first, up to the limit")
        void due() {
            outbox().enqueue(tenant, message(tenant, program, "later", T0.plusSeconds(60)));
            outbox().enqueue(tenant, message(tenant, program, "second", T0.minusSeconds(10)));
            outbox().enqueue(tenant, message(tenant, program, "first", T0.minusSeconds(20)));
            outbox().enqueue(tenant, message(tenant, program, "third", T0));
            List<ClaimedMessage> claimed = outbox().claimDue(tenant, T0, 2, LEASE);
            assertThat(claimed).extracting(c -> c.message().idempotencyKey())
                    .as("a claim with a limit of 2 must hand out the two messages due earliest, earliest first")
                    .containsExactly("first", "second");
            assertThat(outbox().claimDue(tenant, T0, 10, LEASE)).extracting(c -> c.message().idempotencyKey())
                    .as("a second claim must hand out the remaining due message, and none that is not due yet")
                    .containsExactly("third");
        }

        @Test
        @DisplayName("a claim counts an attempt, holds a lease and leaves the message in flight")
        void inFlight() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(c.attempt()).as("the first claim of a message must be its attempt 1").isEqualTo(1);
            assertThat(c.leaseExpiresAt()).as("a claim's lease must end one lease after the claim")
                    .isEqualTo(T0.plus(LEASE));
            OutboxEntry e = entry("k");
            assertThat(e.state()).as("a claimed message must be in flight").isEqualTo(OutboxState.IN_FLIGHT);
            assertThat(e.attempts()).as("a claimed message must count the attempt").isEqualTo(1);
        }

        @Test
        @DisplayName("a claimed message is not handed out again while its lease lasts")
        void exclusive() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            claimOne(T0);
            assertThat(outbox().claimDue(tenant, T0.plus(LEASE).minusMillis(1), 10, LEASE))
                    .as("a claimed message must not be handed out again while its lease lasts").isEmpty();
        }

        @Test
        @DisplayName("once the lease expires the message is claimable again, and the earlier claim can no longer"
                + " settle it")
        void leaseExpiry() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage first = claimOne(T0);
            ClaimedMessage second = claimOne(T0.plus(LEASE));
            assertThat(second.claimToken()).as("a new claim after the lease expired must carry a new claim token")
                    .isNotEqualTo(first.claimToken());
            assertThat(second.attempt()).as("a claim after the lease expired must be attempt 2").isEqualTo(2);
            assertThat(outbox().markDelivered(tenant, first.claimToken(), T0.plus(LEASE)))
                    .as("a claim that is no longer the latest must not settle the message").isFalse();
            assertThat(entry("k").state()).as("a refused settlement must leave the message in flight")
                    .isEqualTo(OutboxState.IN_FLIGHT);
            assertThat(outbox().markDelivered(tenant, second.claimToken(), T0.plus(LEASE)))
                    .as("the latest claim must settle the message").isTrue();
            assertThat(entry("k").state()).as("a message settled as delivered must be delivered")
                    .isEqualTo(OutboxState.DELIVERED);
        }

        @Test
        @DisplayName("a claim whose lease expired may still settle while nobody else claimed the message")
        void lateButLatest() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDelivered(tenant, c.claimToken(), T0.plus(LEASE).plusSeconds(30)))
                    .as("a claim whose lease expired must still settle the message while it is the latest claim")
                    .isTrue();
        }

        @Test
        @DisplayName("a limit below one or a lease that is not positive is refused")
        void invalid() {
            assertThatThrownBy(() -> outbox().claimDue(tenant, T0, 0, LEASE),
                    "a claim with a limit of 0 must be refused with an InvalidValueException naming the limit")
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("limit");
            assertThatThrownBy(() -> outbox().claimDue(tenant, T0, 1, Duration.ZERO),
                    "a claim with a zero lease must be refused with an InvalidValueException naming the lease")
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("lease");
        }
    }

    @Nested
    @DisplayName("settling claims")
    class Settling {
        @Test
        @DisplayName("a delivered message is final and never claimed again")
        void delivered() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDelivered(tenant, c.claimToken(), T0.plusSeconds(1)))
                    .as("the latest claim must settle the message as delivered").isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).as("a message settled as delivered must be delivered")
                    .isEqualTo(OutboxState.DELIVERED);
            assertThat(e.settledAt()).as("a delivered message must keep the instant it was delivered")
                    .isEqualTo(T0.plusSeconds(1));
            assertThat(outbox().claimDue(tenant, T0.plus(Duration.ofDays(365)), 10, LEASE))
                    .as("a delivered message must never be claimed again").isEmpty();
        }

        @Test
        @DisplayName("a retry makes the message pending again, due at the given time, with the reason kept")
        void retry() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().retryAt(tenant, c.claimToken(), T0.plusSeconds(120), "gateway timeout"))
                    .as("the latest claim must settle the message as a retry").isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).as("a message to retry must be pending again").isEqualTo(OutboxState.PENDING);
            assertThat(e.nextAttemptAt()).as("a message to retry must be due at the instant given")
                    .isEqualTo(T0.plusSeconds(120));
            assertThat(e.lastError()).as("a message to retry must keep the reason given").isEqualTo("gateway timeout");
            assertThat(outbox().claimDue(tenant, T0.plusSeconds(119), 10, LEASE))
                    .as("a message to retry must not be claimed before the instant given").isEmpty();
            assertThat(claimOne(T0.plusSeconds(120)).attempt())
                    .as("the claim of a retried message must be its attempt 2").isEqualTo(2);
        }

        @Test
        @DisplayName("a dead letter is final and keeps its reason")
        void dead() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDead(tenant, c.claimToken(), T0, "unknown recipient"))
                    .as("the latest claim must settle the message as dead").isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).as("a message settled as dead must be dead").isEqualTo(OutboxState.DEAD);
            assertThat(e.lastError()).as("a dead message must keep the reason given").isEqualTo("unknown recipient");
            assertThat(outbox().claimDue(tenant, T0.plus(Duration.ofDays(365)), 10, LEASE))
                    .as("a dead message must never be claimed again").isEmpty();
        }

        @Test
        @DisplayName("a claim settles once; an unknown token settles nothing")
        void once() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDelivered(tenant, c.claimToken(), T0))
                    .as("the latest claim must settle the message as delivered").isTrue();
            assertThat(outbox().markDead(tenant, c.claimToken(), T0, "late"))
                    .as("a claim that already settled the message must not settle it again as dead").isFalse();
            assertThat(outbox().retryAt(tenant, c.claimToken(), T0, "late"))
                    .as("a claim that already settled the message must not settle it again as a retry").isFalse();
            assertThat(outbox().markDelivered(tenant, "no-such-claim", T0))
                    .as("a claim token the outbox never handed out must settle nothing").isFalse();
            assertThat(entry("k").state()).as("a message must stay as its first settlement left it")
                    .isEqualTo(OutboxState.DELIVERED);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        @Override
        public String aRecord() {
            return "a message";
        }

        @Override
        public void write(TenantId in, String id) {
            assertThat(outbox().enqueue(in, message(in, program, id, T0)))
                    .as("a key enqueued in a tenant, even one another tenant uses, must be a new message there")
                    .isTrue();
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            List<Object> seen = new ArrayList<>();
            outbox().find(in, id).ifPresent(seen::add);
            try (Stream<OutboxEntry> entries = outbox().entries(in, program)) {
                entries.forEach(seen::add);
            }
            return seen;
        }

        @Override
        public void change(TenantId in, String id) {
            for (ClaimedMessage claimed : outbox().claimDue(in, T0, 10, LEASE)) {
                outbox().markDelivered(in, claimed.claimToken(), T0);
            }
        }

        @Test
        @DisplayName("another tenant neither finds, lists, claims nor settles the messages")
        void invisible() {
            TenantId other = freshTenant();
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            assertThat(outbox().find(other, "k")).as("a message must not be found from another tenant").isEmpty();
            try (Stream<OutboxEntry> entries = outbox().entries(other, program)) {
                assertThat(entries).as("a message must not be listed to another tenant").isEmpty();
            }
            assertThat(outbox().claimDue(other, T0, 10, LEASE)).as("a message must not be claimed by another tenant")
                    .isEmpty();
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().markDelivered(other, c.claimToken(), T0))
                    .as("another tenant must not settle a message with its claim token").isFalse();
            assertThat(entry("k").state()).as("another tenant's attempt to settle must leave the message in flight")
                    .isEqualTo(OutboxState.IN_FLIGHT);
        }
    }

    @Nested
    @DisplayName("what a message carries")
    class Messages {
        @Test
        @DisplayName("a message comes back with its tenant, its language and its recipient's language and zone")
        void recipientTravels() {
            OutgoingMessage m = message(tenant, program, "k", T0).toBuilder().locale(Locale.FRENCH)
                    .recipientLocale(Locale.CANADA_FRENCH).recipientZone(ZoneId.of("America/Montreal")).build();
            outbox().enqueue(tenant, m);
            assertThat(entry("k").message())
                    .as("a stored message must keep its tenant, its language and its recipient's language and zone")
                    .isEqualTo(m);
            assertThat(claimOne(T0).message())
                    .as("a claimed message must carry its tenant, its language and its recipient's language and zone"
                            + " to the gateway")
                    .isEqualTo(m);
        }

        @Test
        @DisplayName("a message is kept only under its own tenant: enqueued under another, it is refused and nothing is"
                + " stored")
        void ownTenantOnly() {
            TenantId other = freshTenant();
            assertThat(catchThrowable(() -> outbox().enqueue(other, message(tenant, program, "k", T0))))
                    .as("a message of another tenant must be refused with an InvalidValueException naming the tenant")
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("tenant");
            assertThat(outbox().find(other, "k")).as("a refused message must not be stored under the other tenant")
                    .isEmpty();
            assertThat(outbox().find(tenant, "k")).as("a refused message must not be stored under its own tenant")
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("orphaned claims")
    class OrphanedClaims {
        @Test
        @DisplayName("claimExpired takes only in-flight messages whose lease expired, earliest expiry first, ahead of"
                + " older pending messages")
        void expiredFirst() {
            outbox().enqueue(tenant, message(tenant, program, "orphan-b", T0));
            outbox().enqueue(tenant, message(tenant, program, "orphan-a", T0.plusSeconds(1)));
            ClaimedMessage b = claimOne(T0);
            ClaimedMessage a = claimOne(T0.plusSeconds(30));
            for (int i = 0; i < 3; i++) {
                outbox().enqueue(tenant, message(tenant, program, "older-" + i, T0.minus(Duration.ofHours(1))));
            }
            assertThat(outbox().claimExpired(tenant, T0.plus(LEASE).minusMillis(1), 10, LEASE))
                    .as("claimExpired must take nothing while every lease lasts, even with pending messages due")
                    .isEmpty();
            assertThat(outbox().claimExpired(tenant, T0.plus(LEASE), 10, LEASE))
                    .extracting(c -> c.message().idempotencyKey())
                    .as("claimExpired must take the in-flight message whose lease expired, and no pending message")
                    .containsExactly("orphan-b");
            List<ClaimedMessage> later = outbox().claimExpired(tenant, T0.plus(LEASE).plusSeconds(30), 10, LEASE);
            assertThat(later).extracting(c -> c.message().idempotencyKey())
                    .as("claimExpired must take the next message whose lease expired, once it did").containsExactly(
                            "orphan-a");
            ClaimedMessage again = later.get(0);
            assertThat(again.attempt()).as("a claim taken again must count a second attempt").isEqualTo(2);
            assertThat(again.claimToken()).as("a claim taken again must get a new token").isNotEqualTo(a.claimToken());
            assertThat(again.leaseExpiresAt()).as("a claim taken again must hold a lease from the time it was taken")
                    .isEqualTo(T0.plus(LEASE).plusSeconds(30).plus(LEASE));
            assertThat(outbox().retryAt(tenant, b.claimToken(), T0, "late"))
                    .as("the token of a claim taken again by claimExpired must no longer settle the message")
                    .isFalse();
            assertThat(entry("older-0").state()).as("claimExpired must leave pending messages pending")
                    .isEqualTo(OutboxState.PENDING);
        }

        @Test
        @DisplayName("claimExpired and claimDue never hand out one message twice while its lease lasts")
        void exclusiveWithClaimDue() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            claimOne(T0);
            ClaimedMessage taken = outbox().claimExpired(tenant, T0.plus(LEASE), 10, LEASE).get(0);
            assertThat(outbox().claimDue(tenant, T0.plus(LEASE).plusSeconds(1), 10, LEASE))
                    .as("claimDue must not hand out a message claimExpired just took").isEmpty();
            assertThat(outbox().claimExpired(tenant, T0.plus(LEASE).plusSeconds(1), 10, LEASE))
                    .as("claimExpired must not hand out a message again while its new lease lasts").isEmpty();
            assertThat(outbox().markDelivered(tenant, taken.claimToken(), T0.plus(LEASE)))
                    .as("the claim claimExpired handed out must settle the message").isTrue();
        }

        @Test
        @DisplayName("eight threads taking 2,000 expired claims with claimExpired and claimDue get each exactly once")
        void eachOrphanOnce() {
            int total = 2_000;
            IntStream.range(0, total).forEach(i -> outbox().enqueue(tenant,
                    message(tenant, program, String.format(Locale.ROOT, "o%04d", i), T0)));
            int first = 0;
            for (List<ClaimedMessage> b; first <= total
                    && !(b = outbox().claimDue(tenant, T0, 500, LEASE)).isEmpty(); ) {
                first += b.size();
            }
            assertThat(first).as("messages claimed once before their leases expired").isEqualTo(total);
            Instant expired = T0.plus(LEASE);
            AtomicInteger handedOut = new AtomicInteger();
            List<List<String>> perThread = Concurrently.run(8, i -> () -> {
                List<String> mine = new ArrayList<>();
                while (handedOut.get() <= total) {
                    List<ClaimedMessage> batch = i % 2 == 0
                            ? outbox().claimExpired(tenant, expired, 37, Duration.ofHours(1))
                            : outbox().claimDue(tenant, expired, 37, Duration.ofHours(1));
                    if (batch.isEmpty()) {
                        return mine;
                    }
                    handedOut.addAndGet(batch.size());
                    batch.forEach(c -> mine.add(c.message().idempotencyKey()));
                }
                return mine;
            });
            List<String> all = perThread.stream().flatMap(List::stream).toList();
            assertThat(all).as("every expired claim must be taken again by one of the threads").hasSize(total);
            assertThat(new HashSet<>(all)).as("no expired claim may be taken again by two threads").hasSize(total);
        }

        @Test
        @DisplayName("claimExpired refuses a limit below one or a lease that is not positive")
        void invalid() {
            assertThat(catchThrowable(() -> outbox().claimExpired(tenant, T0, 0, LEASE)))
                    .as("claimExpired with a limit of 0 must be refused naming the limit")
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("limit");
            assertThat(catchThrowable(() -> outbox().claimExpired(tenant, T0, 1, Duration.ofSeconds(-1))))
                    .as("claimExpired with a negative lease must be refused naming the lease")
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("lease");
        }
    }

    @Nested
    @DisplayName("lease renewal")
    class LeaseRenewal {
        @Test
        @DisplayName("renewing the latest claim extends its lease without counting an attempt; nobody else gets the"
                + " message before the new expiry, and the claim still settles")
        void extendsTheLease() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            Instant at = T0.plus(LEASE).minusSeconds(60);
            ClaimedMessage renewed = outbox().renew(tenant, c, at, LEASE).orElseThrow(
                    () -> new AssertionError("renewing the latest unsettled claim must extend its lease"));
            assertThat(renewed.claimToken()).as("a renewed claim must keep its token").isEqualTo(c.claimToken());
            assertThat(renewed.attempt()).as("a renewal must not count an attempt").isEqualTo(1);
            assertThat(renewed.leaseExpiresAt()).as("a renewed lease must run from the renewal").isEqualTo(
                    at.plus(LEASE));
            assertThat(outbox().claimDue(tenant, T0.plus(LEASE), 10, LEASE))
                    .as("claimDue must not hand out a message whose lease was renewed, at its first expiry").isEmpty();
            assertThat(outbox().claimExpired(tenant, at.plus(LEASE).minusMillis(1), 10, LEASE))
                    .as("claimExpired must not hand out a message before its renewed lease expires").isEmpty();
            assertThat(entry("k").attempts()).as("a renewal must not count an attempt in the stored message")
                    .isEqualTo(1);
            assertThat(outbox().markDelivered(tenant, c.claimToken(), at))
                    .as("a renewed claim must still settle the message").isTrue();
        }

        @Test
        @DisplayName("a claim whose lease ran out can be renewed while nobody claimed the message since")
        void afterExpiryWhileUntaken() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().renew(tenant, c, T0.plus(LEASE).plusSeconds(10), LEASE))
                    .as("a claim whose lease ran out must be renewable while it is still the message's latest")
                    .isPresent();
            assertThat(outbox().claimExpired(tenant, T0.plus(LEASE).plusSeconds(11), 10, LEASE))
                    .as("claimExpired must not take a message whose lease was renewed").isEmpty();
        }

        @Test
        @DisplayName("an earlier claim, a settled claim or another tenant's renewal changes nothing")
        void staleRenewal() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage first = claimOne(T0);
            ClaimedMessage second = claimOne(T0.plus(LEASE));
            assertThat(outbox().renew(tenant, first, T0.plus(LEASE), LEASE))
                    .as("a claim that is no longer the message's latest must not be renewed").isEmpty();
            assertThat(outbox().renew(freshTenant(), second, T0.plus(LEASE), LEASE))
                    .as("another tenant must not renew a claim").isEmpty();
            assertThat(outbox().markDelivered(tenant, second.claimToken(), T0.plus(LEASE)))
                    .as("the latest claim must settle after refused renewals").isTrue();
            assertThat(outbox().renew(tenant, second, T0.plus(LEASE), LEASE))
                    .as("a settled claim must not be renewed").isEmpty();
            assertThat(entry("k").state()).as("refused renewals must leave a delivered message delivered")
                    .isEqualTo(OutboxState.DELIVERED);
        }
    }

    @Nested
    @DisplayName("giving claims back")
    class Release {
        @Test
        @DisplayName("a claim given back leaves the message pending, due when given, without counting its attempt;"
                + " its token then settles nothing")
        void givenBack() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage c = claimOne(T0);
            assertThat(outbox().release(tenant, c.claimToken(), T0.plusSeconds(60)))
                    .as("the latest unsettled claim must be given back").isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).as("a message given back must be pending").isEqualTo(OutboxState.PENDING);
            assertThat(e.attempts()).as("a claim given back must not count as an attempt").isZero();
            assertThat(e.nextAttemptAt()).as("a message given back must be due when the caller said")
                    .isEqualTo(T0.plusSeconds(60));
            assertThat(outbox().markDelivered(tenant, c.claimToken(), T0))
                    .as("the token of a claim given back must not settle the message").isFalse();
            assertThat(outbox().claimDue(tenant, T0.plusSeconds(59), 10, LEASE))
                    .as("a message given back must not be claimed before it is due again").isEmpty();
            assertThat(claimOne(T0.plusSeconds(60)).attempt())
                    .as("the next claim after a claim given back must count the first attempt").isEqualTo(1);
        }

        @Test
        @DisplayName("only the latest unsettled claim can be given back, and only by its tenant")
        void onlyLatest() {
            outbox().enqueue(tenant, message(tenant, program, "k", T0));
            ClaimedMessage first = claimOne(T0);
            ClaimedMessage second = claimOne(T0.plus(LEASE));
            assertThat(outbox().release(tenant, first.claimToken(), T0))
                    .as("a claim that is no longer the message's latest must not be given back").isFalse();
            assertThat(outbox().release(freshTenant(), second.claimToken(), T0))
                    .as("another tenant must not give a claim back").isFalse();
            assertThat(entry("k").state()).as("refused give-backs must leave the message in flight")
                    .isEqualTo(OutboxState.IN_FLIGHT);
            assertThat(entry("k").attempts()).as("refused give-backs must leave the attempts counted").isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("late deliveries")
    class LateDeliveries {
        private ClaimedMessage staleClaimOf(String key) {
            outbox().enqueue(tenant, message(tenant, program, key, T0));
            return claimOne(T0);
        }

        @Test
        @DisplayName("a delivery reported with an earlier claim wins over a newer claim in flight, whose settling is"
                + " then refused")
        void winsOverNewerClaim() {
            ClaimedMessage stale = staleClaimOf("k");
            ClaimedMessage newer = claimOne(T0.plus(LEASE));
            assertThat(outbox().markDelivered(tenant, stale.claimToken(), T0.plus(LEASE)))
                    .as("markDelivered with a claim that is no longer the latest must be refused").isFalse();
            assertThat(outbox().markDeliveredLate(tenant, stale, T0.plus(LEASE)))
                    .as(LATE_WINS + " over a newer claim in flight").isTrue();
            assertThat(entry("k").state()).as(LATE_WINS + " over a newer claim in flight")
                    .isEqualTo(OutboxState.DELIVERED);
            assertThat(entry("k").settledAt()).as("a late delivery must record when it was delivered")
                    .isEqualTo(T0.plus(LEASE));
            assertThat(outbox().markDead(tenant, newer.claimToken(), T0.plus(LEASE), "refused"))
                    .as("the newer claim must not dead-letter a message delivered late").isFalse();
            assertThat(outbox().retryAt(tenant, newer.claimToken(), T0.plus(LEASE), "busy"))
                    .as("the newer claim must not retry a message delivered late").isFalse();
            assertThat(outbox().claimDue(tenant, T0.plus(Duration.ofDays(365)), 10, LEASE))
                    .as("a message delivered late must never be claimed again").isEmpty();
        }

        @Test
        @DisplayName("a delivery reported with an earlier claim wins over a pending retry")
        void winsOverRetry() {
            ClaimedMessage stale = staleClaimOf("k");
            ClaimedMessage newer = claimOne(T0.plus(LEASE));
            outbox().retryAt(tenant, newer.claimToken(), T0.plus(Duration.ofHours(1)), "busy");
            assertThat(outbox().markDeliveredLate(tenant, stale, T0.plus(LEASE)))
                    .as(LATE_WINS + " over a pending retry").isTrue();
            assertThat(entry("k").state()).as(LATE_WINS + " over a pending retry").isEqualTo(OutboxState.DELIVERED);
            assertThat(outbox().claimDue(tenant, T0.plus(Duration.ofDays(1)), 10, LEASE))
                    .as("a retry overtaken by a late delivery must not be claimed").isEmpty();
        }

        @Test
        @DisplayName("a delivery reported with an earlier claim wins over a dead letter")
        void winsOverDeadLetter() {
            ClaimedMessage stale = staleClaimOf("k");
            ClaimedMessage newer = claimOne(T0.plus(LEASE));
            outbox().markDead(tenant, newer.claimToken(), T0.plus(LEASE), "mailbox full");
            assertThat(outbox().markDeliveredLate(tenant, stale, T0.plus(LEASE).plusSeconds(5)))
                    .as(LATE_WINS + " over a dead letter").isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).as(LATE_WINS + " over a dead letter").isEqualTo(OutboxState.DELIVERED);
            assertThat(e.settledAt()).as("a late delivery must record when it was delivered")
                    .isEqualTo(T0.plus(LEASE).plusSeconds(5));
            try (Stream<OutboxEntry> dead = outbox().entries(tenant, program, OutboxState.DEAD)) {
                assertThat(dead).as("a dead letter overtaken by a late delivery must no longer be listed as dead")
                        .isEmpty();
            }
        }

        @Test
        @DisplayName("a late delivery of a delivered message, of an unknown one or from another tenant changes nothing")
        void nothingToWin() {
            ClaimedMessage c = staleClaimOf("k");
            assertThat(outbox().markDeliveredLate(freshTenant(), c, T0))
                    .as("another tenant must not record a delivery").isFalse();
            assertThat(entry("k").state()).as("another tenant's late delivery must leave the message in flight")
                    .isEqualTo(OutboxState.IN_FLIGHT);
            assertThat(outbox().markDelivered(tenant, c.claimToken(), T0)).as("the latest claim must settle")
                    .isTrue();
            assertThat(outbox().markDeliveredLate(tenant, c, T0.plusSeconds(9)))
                    .as("a message already delivered must not be delivered again").isFalse();
            assertThat(entry("k").settledAt()).as("a second delivery must not change when it was delivered")
                    .isEqualTo(T0);
            ClaimedMessage unknown = new ClaimedMessage(message(tenant, program, "unknown", T0), "no-such-claim", 1,
                    T0.plus(LEASE));
            assertThat(outbox().markDeliveredLate(tenant, unknown, T0))
                    .as("a late delivery of a message the outbox does not have must be refused").isFalse();
            assertThat(outbox().find(tenant, "unknown")).as("a refused late delivery must store nothing").isEmpty();
        }
    }

    @Nested
    @DisplayName("dead letters")
    class DeadLetters {
        private void deadLetter(String key, String reason) {
            outbox().enqueue(tenant, message(tenant, program, key, T0));
            ClaimedMessage c = outbox().claimDue(tenant, T0, 100, LEASE).stream()
                    .filter(claim -> claim.message().idempotencyKey().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("the outbox must hand out the message " + key + " due"));
            outbox().markDead(tenant, c.claimToken(), T0.plusSeconds(1), reason);
        }

        @Test
        @DisplayName("the messages of one state are listed by key, dead letters with their reason")
        void listedByState() {
            deadLetter("dead-b", "unknown recipient");
            deadLetter("dead-a", "mailbox full");
            outbox().enqueue(tenant, message(tenant, program, "pending", T0.plusSeconds(60)));
            try (Stream<OutboxEntry> dead = outbox().entries(tenant, program, OutboxState.DEAD)) {
                assertThat(dead).extracting(e -> e.message().idempotencyKey() + ": " + e.lastError())
                        .as("the dead letters must be listed by key, each with its reason")
                        .containsExactly("dead-a: mailbox full", "dead-b: unknown recipient");
            }
            try (Stream<OutboxEntry> pending = outbox().entries(tenant, program, OutboxState.PENDING)) {
                assertThat(pending).extracting(e -> e.message().idempotencyKey())
                        .as("the pending messages must be listed, and only them").containsExactly("pending");
            }
            try (Stream<OutboxEntry> other = outbox().entries(freshTenant(), program, OutboxState.DEAD)) {
                assertThat(other).as("another tenant must not list the dead letters").isEmpty();
            }
        }

        @Test
        @DisplayName("a dead letter put back is pending, due when given, with its attempts from zero and its reason"
                + " kept until the next outcome")
        void requeued() {
            deadLetter("k", "unknown recipient");
            assertThat(outbox().requeue(tenant, "k", T0.plusSeconds(600))).as("a dead letter must be put back")
                    .isTrue();
            OutboxEntry e = entry("k");
            assertThat(e.state()).as("a dead letter put back must be pending").isEqualTo(OutboxState.PENDING);
            assertThat(e.attempts()).as("a dead letter put back must count its attempts from zero").isZero();
            assertThat(e.nextAttemptAt()).as("a dead letter put back must be due when the caller said")
                    .isEqualTo(T0.plusSeconds(600));
            assertThat(e.lastError()).as("a dead letter put back must keep its reason until the next outcome")
                    .isEqualTo("unknown recipient");
            assertThat(e.settledAt()).as("a dead letter put back must no longer be settled").isNull();
            assertThat(outbox().claimDue(tenant, T0.plusSeconds(599), 10, LEASE))
                    .as("a dead letter put back must not be claimed before it is due").isEmpty();
            ClaimedMessage again = claimOne(T0.plusSeconds(600));
            assertThat(again.attempt()).as("the first claim after putting back must count the first attempt")
                    .isEqualTo(1);
            assertThat(outbox().markDelivered(tenant, again.claimToken(), T0.plusSeconds(601)))
                    .as("a dead letter put back must be deliverable").isTrue();
        }

        @Test
        @DisplayName("only a dead letter of the tenant comes back: an unknown key, a pending message or another"
                + " tenant's call changes nothing")
        void onlyDeadLetters() {
            deadLetter("dead", "unknown recipient");
            outbox().enqueue(tenant, message(tenant, program, "pending", T0.plusSeconds(60)));
            assertThat(outbox().requeue(freshTenant(), "dead", T0)).as("another tenant must not put a dead letter back")
                    .isFalse();
            assertThat(outbox().requeue(tenant, "unknown", T0)).as("an unknown key must not be put back").isFalse();
            assertThat(outbox().requeue(tenant, "pending", T0)).as("a pending message must not be put back")
                    .isFalse();
            assertThat(entry("dead").state()).as("refused calls must leave the dead letter dead")
                    .isEqualTo(OutboxState.DEAD);
            assertThat(entry("pending").nextAttemptAt()).as("a refused call must leave a pending message's due time")
                    .isEqualTo(T0.plusSeconds(60));
        }
    }

    @Nested
    @DisplayName("concurrent claims")
    class ConcurrentClaims {
        @Test
        @DisplayName("eight threads claiming 10,000 messages get each exactly once while the leases last")
        void eachOnce() {
            int total = 10_000;
            IntStream.range(0, total).forEach(i -> outbox().enqueue(tenant,
                    message(tenant, program, String.format(Locale.ROOT, "m%05d", i), T0.plusMillis(i % 100))));
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
            List<String> twice = all.stream().collect(Collectors.groupingBy(key -> key, TreeMap::new,
                            Collectors.counting()))
                    .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            assertThat(twice.subList(0, Math.min(10, twice.size())))
                    .as("eight threads claiming at once must never be handed the same message while its lease lasts;"
                            + " %d messages were handed out more than once, the first of them", twice.size())
                    .isEmpty();
            assertThat(all.size())
                    .as("eight threads claiming 10,000 due messages under an hour's lease must be handed all of them")
                    .isEqualTo(total);
        }

        @Test
        @DisplayName("claims and settles racing after lease expiry leave each message settled exactly once")
        void settleRace() {
            int total = 500;
            IntStream.range(0, total).forEach(i -> outbox().enqueue(tenant, message(tenant, program, "r" + i, T0)));
            // Every message is first claimed with a lease that is already over when the threads start.
            List<ClaimedMessage> stale = new ArrayList<>();
            for (List<ClaimedMessage> b; stale.size() <= total
                    && !(b = outbox().claimDue(tenant, T0, 100, Duration.ofMillis(1))).isEmpty(); ) {
                stale.addAll(b);
            }
            assertThat(stale.size()).as("claiming 500 due messages in batches of 100 must hand out each once")
                    .isEqualTo(total);
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
            assertThat(settled.stream().mapToInt(Integer::intValue).sum())
                    .as("old claims settling while new claims are made and settled must succeed 500 times in all:"
                            + " each message settled exactly once, by whichever claim was its latest")
                    .isEqualTo(total);
            try (Stream<OutboxEntry> entries = outbox().entries(tenant, program)) {
                assertThat(entries.filter(e -> e.state() != OutboxState.DELIVERED)
                        .map(e -> e.message().idempotencyKey() + " " + e.state()))
                        .as("every message must end delivered after the race; these did not")
                        .isEmpty();
            }
        }
    }

    @Test
    @DisplayName("any sequence of enqueues, claims, settles and waits agrees with a simple model")
    void operationsAgreeWithAModel() {
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Step.ANY, 50))
                .tries(40)
                .check(OutboxAgainstAModel::new);
    }

    /** What a step of {@link #operationsAgreeWithAModel} does; simplest first. */
    enum Kind { ENQUEUE, CLAIM, DELIVER, RETRY, KILL, WAIT }

    /**
     * One step of {@link #operationsAgreeWithAModel}. {@code slot} picks the key of an enqueue, or which claim handed
     * out so far a settlement uses, counting back from the last one; {@code minutes} gives the not-before of an
     * enqueue (from ten minutes ago to ten ahead), a claim's limit, a retry's delay or a wait.
     */
    record Step(Kind kind, int slot, int minutes) {
        static final Gen<Step> ANY = Generate.enumValues(Kind.class)
                .zip(Generate.range(0, 5), Generate.range(0, 20), Step::new);

        String key() {
            return "k" + slot;
        }

        int limit() {
            return 1 + minutes % 3;
        }

        int claimsBack() {
            return slot + 1;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case ENQUEUE -> "enqueue " + key() + (minutes == 10 ? " due now"
                        : minutes < 10 ? " due " + (10 - minutes) + " min ago" : " due in " + (minutes - 10) + " min");
                case CLAIM -> "claim up to " + limit() + " due message(s) under a 10 min lease";
                case DELIVER -> "mark delivered with " + claim();
                case RETRY -> "retry in " + minutes + " min with " + claim();
                case KILL -> "mark dead with " + claim();
                case WAIT -> "wait " + minutes + " min";
            };
        }

        private String claim() {
            return claimsBack() == 1 ? "the last claim handed out" : "the claim handed out " + ordinal(claimsBack())
                    + " to last";
        }

        private static String ordinal(int n) {
            return n + (n == 2 ? "nd" : n == 3 ? "rd" : "th");
        }
    }

    /** Replays steps on the outbox, in a tenant of their own, and on maps of each key's state, due time and claims. */
    private final class OutboxAgainstAModel implements ModelBasedProperty.Replay<Step> {
        private final Duration lease = Duration.ofMinutes(10);
        private final TenantId t = freshTenant();
        private Instant now = T0;
        private final Map<String, OutboxState> state = new TreeMap<>();
        private final Map<String, Instant> due = new HashMap<>();
        private final Map<String, Integer> attempts = new HashMap<>();
        private final Map<String, String> latestClaim = new HashMap<>();
        private final List<ClaimedMessage> claims = new ArrayList<>();

        @Override
        public void apply(Step step) {
            switch (step.kind()) {
                case ENQUEUE -> enqueue(step.key(), now.plus(Duration.ofMinutes(step.minutes() - 10L)));
                case CLAIM -> claim(step.limit());
                case DELIVER, RETRY, KILL -> {
                    if (step.claimsBack() <= claims.size()) {
                        settle(step, claims.get(claims.size() - step.claimsBack()));
                    }
                }
                case WAIT -> now = now.plus(Duration.ofMinutes(step.minutes()));
            }
            for (Map.Entry<String, OutboxState> e : state.entrySet()) {
                String key = e.getKey();
                OutboxEntry stored = outbox().find(t, key).orElseThrow(() -> new AssertionError(
                        "after " + step + ", the outbox must still find the message enqueued under " + key));
                assertThat(stored.state()).as("after %s, the message %s must be %s", step, key, e.getValue())
                        .isEqualTo(e.getValue());
                assertThat(stored.attempts()).as("after %s, the message %s must count %d attempt(s), one per claim",
                        step, key, attempts.get(key)).isEqualTo(attempts.get(key));
            }
        }

        private void enqueue(String key, Instant notBefore) {
            boolean isNew = !state.containsKey(key);
            assertThat(outbox().enqueue(t, message(t, program, key, notBefore)))
                    .as(isNew ? "enqueueing %s for the first time must store it and return true"
                            : "enqueueing %s again must store nothing and return false: one message per key", key)
                    .isEqualTo(isNew);
            if (isNew) {
                state.put(key, OutboxState.PENDING);
                due.put(key, notBefore);
                attempts.put(key, 0);
            }
        }

        private void claim(int limit) {
            Instant at = now;
            List<String> expected = state.keySet().stream()
                    .filter(k -> !state.get(k).isFinal() && !due.get(k).isAfter(at))
                    .sorted(Comparator.comparing((String k) -> due.get(k)).thenComparing(Comparator.naturalOrder()))
                    .limit(limit)
                    .toList();
            List<ClaimedMessage> claimed = outbox().claimDue(t, now, limit, lease);
            assertThat(claimed).extracting(c -> c.message().idempotencyKey())
                    .as("a claim of up to %d must hand out the messages due (pending, or in flight with an expired"
                            + " lease), earliest due first, then by key", limit)
                    .containsExactlyElementsOf(expected);
            for (ClaimedMessage c : claimed) {
                String k = c.message().idempotencyKey();
                state.put(k, OutboxState.IN_FLIGHT);
                due.put(k, now.plus(lease));
                attempts.merge(k, 1, Integer::sum);
                assertThat(c.attempt()).as("the claim of %s must be its attempt %d", k, attempts.get(k))
                        .isEqualTo(attempts.get(k));
                latestClaim.put(k, c.claimToken());
                claims.add(c);
            }
        }

        private void settle(Step step, ClaimedMessage c) {
            String k = c.message().idempotencyKey();
            boolean valid = c.claimToken().equals(latestClaim.get(k)) && state.get(k) == OutboxState.IN_FLIGHT;
            Instant retryAt = now.plus(Duration.ofMinutes(step.minutes()));
            boolean result = switch (step.kind()) {
                case DELIVER -> outbox().markDelivered(t, c.claimToken(), now);
                case RETRY -> outbox().retryAt(t, c.claimToken(), retryAt, "retry");
                default -> outbox().markDead(t, c.claimToken(), now, "dead");
            };
            assertThat(result)
                    .as(valid ? "settling %s with its latest claim while it is in flight must succeed"
                            : "settling %s with a claim that is not its latest, or that already settled it, must"
                                    + " fail and change nothing", k)
                    .isEqualTo(valid);
            if (valid) {
                latestClaim.remove(k);
                switch (step.kind()) {
                    case DELIVER -> state.put(k, OutboxState.DELIVERED);
                    case RETRY -> {
                        state.put(k, OutboxState.PENDING);
                        due.put(k, retryAt);
                    }
                    default -> state.put(k, OutboxState.DEAD);
                }
            }
        }

        @Override
        public void verifyEnd() {
            Set<String> listed = new HashSet<>();
            try (Stream<OutboxEntry> entries = outbox().entries(t, program)) {
                entries.forEach(e -> listed.add(e.message().idempotencyKey()));
            }
            assertThat(listed).as("the program's entries must list every key enqueued, once")
                    .isEqualTo(state.keySet());
        }
    }

    @Nested
    @DisplayName("personal data: erasing a person everywhere, removing a program's messages, clearing old bodies")
    class PersonalData extends OutboxErasureRules {
        PersonalData() {
            super(OutboxCompatibilityKit.this::outbox);
        }
    }
}

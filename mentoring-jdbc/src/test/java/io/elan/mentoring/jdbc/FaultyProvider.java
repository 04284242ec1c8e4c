package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A provider account shared by every tenant, as one e-mail provider serves a whole HR platform, with a gateway in front
 * of it that misbehaves on a plan. The provider deduplicates on the idempotency key alone: a key that arrived once is
 * answered delivered without arriving again. Each call's fate is drawn from the seed, the key and the call's number for
 * that key, so a run can be replayed: it fails retryably or permanently, throws before or after the message arrived,
 * answers {@code null}, asks to wait for centuries, takes a third of the lease, or hangs past the lease. A hanging
 * call blocks its node's thread while the other nodes go on and the clock moves, until another node took the message
 * over and recorded the outcome of its own send; only then does the message arrive and the hanging call answer
 * delivered, late. While a key is in progress, the provider answers a second request with the same key with a failure
 * (as providers answer 409): retryable after odd hangs, permanent after even ones, so that the late delivery has a
 * retry or a dead letter to win over.
 *
 * <p>It also plays two faults on the nodes themselves: it interrupts the thread of {@code interruptedNode} during that
 * node's {@code interruptAtCall}-th send, and has the database kill the connection of {@code killingNode}'s next commit
 * after that node's {@code killAtCall}-th plain delivery. And it checks, at the start of every call, that the calling
 * node still holds the message's lease.
 */
final class FaultyProvider implements MessageGateway {

    /** What a call turned into. */
    enum Fate { DELIVER, SLOW, RETRYABLE, PERMANENT, THROW_BEFORE, THROW_AFTER, NULL, CENTURIES, HANG,
        DUPLICATE_WHILE_HANGING }

    /** The reason of every permanent refusal. */
    static final String REFUSED = "recipient refused by the provider (simulated)";
    /** How long a slow send takes on the shared clock: a third of the test's lease. */
    static final Duration SLOW_SEND = Duration.ofSeconds(10);
    /** The answer to a second request with a key still in progress. */
    static final String IN_PROGRESS = "a request with this key is still in progress (simulated)";

    private final long seed;
    private final ManualClock clock;
    private final WatchedOutbox.Notes notes;
    private final String interruptedNode;
    private final int interruptAtCall;
    private final String killingNode;
    private final int killAtCall;
    private final ConnectionKiller killer;
    private final Outbox observer;
    /** The key a call hangs on, with the hang's number, and the thread that hangs. */
    private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();
    private final AtomicReference<String> hangingThread = new AtomicReference<>();
    private final AtomicInteger hangs = new AtomicInteger();

    /** Who each arrived key belongs to: the far side, one arrival per key. */
    final Map<String, TenantId> arrived = new ConcurrentHashMap<>();
    /** Every key each message identity (tenant, recipient, title) was sent with. */
    final Map<String, Set<String>> keysByIdentity = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> callsByKey = new ConcurrentHashMap<>();
    final Map<Fate, AtomicInteger> fates = new ConcurrentHashMap<>();
    final Queue<String> leaseViolations = new ConcurrentLinkedQueue<>();
    final Map<String, AtomicInteger> callsByNode = new ConcurrentHashMap<>();
    final AtomicInteger deliveriesByKillingNode = new AtomicInteger();
    /** The claim sequence number when the interrupt was made, or -1. */
    final AtomicLong interruptedAtSeq = new AtomicLong(-1);

    FaultyProvider(long seed, ManualClock clock, WatchedOutbox.Notes notes, String interruptedNode,
            int interruptAtCall, String killingNode, int killAtCall, ConnectionKiller killer, Outbox observer) {
        this.seed = seed;
        this.clock = clock;
        this.notes = notes;
        this.interruptedNode = interruptedNode;
        this.interruptAtCall = interruptAtCall;
        this.killingNode = killingNode;
        this.killAtCall = killAtCall;
        this.killer = killer;
        this.observer = observer;
    }

    /**
     * @param node a node's thread name
     * @return whether that node's thread hangs in a send
     */
    boolean hanging(String node) {
        return node.equals(hangingThread.get());
    }

    private Fate draw(String key, int call) {
        double u = new SplittableRandom(seed * 31 + key.hashCode() * 1_000_003L + call).nextDouble();
        List<Map.Entry<Fate, Double>> plan = List.of(Map.entry(Fate.HANG, 0.01), Map.entry(Fate.SLOW, 0.03),
                Map.entry(Fate.THROW_BEFORE, 0.015),
                Map.entry(Fate.THROW_AFTER, 0.015), Map.entry(Fate.NULL, 0.005), Map.entry(Fate.CENTURIES, 0.01),
                Map.entry(Fate.PERMANENT, 0.02), Map.entry(Fate.RETRYABLE, 0.30));
        double edge = 0;
        for (Map.Entry<Fate, Double> share : plan) {
            edge += share.getValue();
            if (u < edge) {
                return share.getKey();
            }
        }
        return Fate.DELIVER;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        String node = Thread.currentThread().getName();
        String key = message.idempotencyKey();
        Instant start = clock.instant();
        Instant held = notes.heldUntil(message.tenant(), key);
        if (held == null || !start.isBefore(held)) {
            leaseViolations.add(node + " sent " + key + " at " + start + " holding a lease until " + held);
        }
        keysByIdentity.computeIfAbsent(message.tenant() + "/" + message.recipient() + "/"
                + message.content().title(), i -> ConcurrentHashMap.newKeySet()).add(key);
        int call = callsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        int nodeCall = callsByNode.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
        if (node.equals(interruptedNode) && nodeCall == interruptAtCall) {
            interruptedAtSeq.set(notes.seq.get());
            Thread.currentThread().interrupt();
        }
        Integer hang = inProgress.get(key);
        if (hang != null) {
            fates.computeIfAbsent(Fate.DUPLICATE_WHILE_HANGING, f -> new AtomicInteger()).incrementAndGet();
            return hang % 2 == 1 ? SendResult.retryable(IN_PROGRESS) : SendResult.permanent(IN_PROGRESS);
        }
        Fate fate = draw(key, call);
        if (fate == Fate.PERMANENT && arrived.containsKey(key)) {
            fate = Fate.DELIVER;
        }
        if (fate == Fate.HANG && !hangingThread.compareAndSet(null, node)) {
            // One hang at a time, so that a node is always left to take the message over.
            fate = Fate.DELIVER;
        }
        fates.computeIfAbsent(fate, f -> new AtomicInteger()).incrementAndGet();
        switch (fate) {
            case RETRYABLE:
                return SendResult.retryable("provider timed out (simulated)");
            case PERMANENT:
                return SendResult.permanent(REFUSED);
            case NULL:
                return null;
            case CENTURIES:
                return new SendResult(SendResult.Status.RETRYABLE_FAILURE, "slow down (simulated)",
                        ChronoUnit.YEARS.getDuration().multipliedBy(300));
            case THROW_BEFORE:
                if (call % 2 == 0) {
                    throw new AssertionError("the provider's client asserted (simulated)");
                }
                throw new IllegalStateException("connection refused (simulated)");
            case THROW_AFTER:
                arrived.putIfAbsent(key, message.tenant());
                throw new IllegalStateException("connection reset after the provider accepted (simulated)");
            case SLOW:
                clock.advance(SLOW_SEND);
                arrived.putIfAbsent(key, message.tenant());
                return SendResult.delivered();
            case HANG:
                try {
                    hangUntilTakenOver(message, hangs.incrementAndGet());
                } finally {
                    inProgress.remove(key);
                    hangingThread.set(null);
                }
                arrived.putIfAbsent(key, message.tenant());
                return SendResult.delivered();
            default:
                arrived.putIfAbsent(key, message.tenant());
                if (node.equals(killingNode) && deliveriesByKillingNode.incrementAndGet() == killAtCall) {
                    killer.armForThisThread();
                }
                return SendResult.delivered();
        }
    }

    /**
     * Blocks until another node claimed the message again (its lease ran out while the clock moved) and recorded the
     * outcome of its own send, or until a real-time bound passes should no node be left to do so.
     */
    private void hangUntilTakenOver(OutgoingMessage message, int hang) {
        String key = message.idempotencyKey();
        int attemptsWhenHanging = observer.find(message.tenant(), key).map(OutboxEntry::attempts).orElse(0);
        inProgress.put(key, hang);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Optional<OutboxEntry> entry = observer.find(message.tenant(), key);
            if (entry.isPresent() && entry.get().attempts() > attemptsWhenHanging
                    && entry.get().state() != OutboxState.IN_FLIGHT) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    int count(Fate fate) {
        AtomicInteger n = fates.get(fate);
        return n == null ? 0 : n.get();
    }
}

package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway that fails on a plan: each send's fate is drawn from the plan's seed, the key and the send's number, so a
 * run can be replayed. It honours idempotency keys as the SPI requires: a key already delivered is answered
 * {@code DELIVERED} without reaching the recipient again. A "crash" delivers, then throws a {@link VirtualMachineError},
 * the one kind of throwable the dispatcher lets end its call, as if the node died before recording the outcome.
 */
final class FaultyGateway implements MessageGateway {

    /** The sender died between sending and settling. */
    static final class SimulatedCrash extends VirtualMachineError {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("node stopped after sending, before settling");
        }
    }

    /**
     * @param seed the seed of every draw
     * @param retryable the share of sends that fail and may succeed later
     * @param permanent the share of sends that fail for good
     * @param crash the share of sends that deliver and then crash the sender
     */
    record Plan(long seed, double retryable, double permanent, double crash) {}

    private final Plan plan;
    final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final AtomicInteger crashes = new AtomicInteger();
    final AtomicInteger resendsOfDelivered = new AtomicInteger();
    final Map<String, Boolean> permanentlyRefused = new ConcurrentHashMap<>();

    FaultyGateway(Plan plan) {
        this.plan = plan;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        String key = message.idempotencyKey();
        int call = sends.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        double draw = (IdempotencyKeys.hash(Long.toString(plan.seed()), key, Integer.toString(call)) >>> 11)
                * 0x1.0p-53;
        boolean[] crashed = {false};
        SendResult[] result = {null};
        deliveries.compute(key, (k, delivered) -> {
            if (delivered != null) {
                resendsOfDelivered.incrementAndGet();
                result[0] = SendResult.delivered();
                return delivered;
            }
            if (draw < plan.permanent()) {
                permanentlyRefused.put(k, true);
                result[0] = SendResult.permanent("recipient refused by the provider (simulated)");
                return null;
            }
            if (draw < plan.permanent() + plan.retryable()) {
                result[0] = SendResult.retryable("provider timed out (simulated)");
                return null;
            }
            crashed[0] = draw < plan.permanent() + plan.retryable() + plan.crash();
            result[0] = SendResult.delivered();
            return new AtomicInteger(1);
        });
        if (crashed[0]) {
            crashes.incrementAndGet();
            throw new SimulatedCrash();
        }
        return result[0];
    }
}

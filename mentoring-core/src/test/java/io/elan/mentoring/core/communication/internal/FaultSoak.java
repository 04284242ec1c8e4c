package io.elan.mentoring.core.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.CapturedLog;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.memory.InMemoryBroadcastLog;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Pushes many messages through a faulty gateway with several concurrent {@code runDue} callers, advancing a simulated
 * clock between rounds, then checks that nothing was lost or sent twice.
 */
final class FaultSoak {
    static final TenantId TENANT = TenantId.of("soak");
    static final ProgramId PROGRAM = ProgramId.of("soak-program");
    static final Instant START = Instant.parse("2026-11-26T09:00:00Z");
    static final int MAX_ATTEMPTS = 6;
    static final Duration STEP = Duration.ofSeconds(15);
    static final int MAX_ROUNDS = 2_000;

    static final CommunicationSettings SETTINGS = CommunicationSettings.builder()
            .batchSize(50)
            .lease(Duration.ofMinutes(2))
            .maxAttempts(MAX_ATTEMPTS)
            .firstRetryDelay(Duration.ofSeconds(20))
            .maxRetryDelay(Duration.ofMinutes(5))
            .jitter(0.3)
            .maxBatchesPerRun(1_000)
            .build();

    private FaultSoak() {}

    /** What a soak ended with, and the lines the dispatchers logged meanwhile. */
    record Outcome(List<OutboxEntry> entries, FaultyGateway gateway, int rounds, int crashedCalls, int messages,
            List<String> log) {}

    static Outcome run(FaultyGateway.Plan plan, int messages, int callers) throws Exception {
        CapturedLog.Result<Outcome> soak = CapturedLog.during(() -> soak(plan, messages, callers));
        Outcome outcome = soak.value();
        return new Outcome(outcome.entries(), outcome.gateway(), outcome.rounds(), outcome.crashedCalls(),
                outcome.messages(), soak.lines());
    }

    private static Outcome soak(FaultyGateway.Plan plan, int messages, int callers) throws Exception {
        InMemoryOutbox outbox = new InMemoryOutbox();
        FaultyGateway gateway = new FaultyGateway(plan);
        OutboxDispatcher dispatcher = CommunicationServices.builder()
                .programStore(new InMemoryProgramStore())
                .outbox(outbox)
                .broadcastLog(new InMemoryBroadcastLog())
                .gateway(gateway)
                .clock(Clock.fixed(START, ZoneOffset.UTC))
                .settings(SETTINGS)
                .build()
                .dispatcher();
        for (int i = 0; i < messages; i++) {
            outbox.enqueue(TENANT, OutgoingMessage.builder().tenant(TENANT).program(PROGRAM)
                    .recipient(PersonId.of("person-" + i)).channel(i % 2 == 0 ? Channel.EMAIL : Channel.WHATSAPP)
                    .locale(Locale.FRENCH).recipientLocale(Locale.FRENCH).recipientZone(ZoneOffset.UTC)
                    .kind("monthly-message").content(MessageContent.of("Message " + i, "Bonjour"))
                    .idempotencyKey("m-" + i).notBefore(START).build());
        }
        ExecutorService callersPool = Executors.newFixedThreadPool(callers);
        int crashedCalls = 0;
        int round = 0;
        try {
            Instant now = START;
            while (round < MAX_ROUNDS && !allSettled(outbox)) {
                Instant at = now;
                List<Future<Boolean>> calls = new ArrayList<>();
                for (int c = 0; c < callers; c++) {
                    calls.add(callersPool.submit(() -> {
                        try {
                            dispatcher.runDue(TENANT, at);
                            return false;
                        } catch (FaultyGateway.SimulatedCrash crash) {
                            return true;
                        }
                    }));
                }
                for (Future<Boolean> call : calls) {
                    crashedCalls += call.get(1, TimeUnit.MINUTES) ? 1 : 0;
                }
                now = now.plus(STEP);
                round++;
            }
        } finally {
            callersPool.shutdownNow();
        }
        return new Outcome(entries(outbox), gateway, round, crashedCalls, messages, List.of());
    }

    private static boolean allSettled(InMemoryOutbox outbox) {
        try (Stream<OutboxEntry> entries = outbox.entries(TENANT, PROGRAM)) {
            return entries.allMatch(e -> e.state().isFinal());
        }
    }

    private static List<OutboxEntry> entries(InMemoryOutbox outbox) {
        try (Stream<OutboxEntry> entries = outbox.entries(TENANT, PROGRAM)) {
            return entries.toList();
        }
    }

    /** Every invariant the delivery promise makes. */
    static void assertNothingLostNothingTwice(Outcome outcome) {
        FaultyGateway gateway = outcome.gateway();
        assertThat(outcome.rounds()).as("rounds before everything settled").isLessThan(MAX_ROUNDS);
        assertThat(outcome.entries()).as("no message missing").hasSize(outcome.messages());
        for (OutboxEntry entry : outcome.entries()) {
            String key = entry.message().idempotencyKey();
            assertThat(entry.state()).as("state of %s", key).isIn(OutboxState.DELIVERED, OutboxState.DEAD);
            // A crash strands the unsent rest of its batch: those claims expire and are counted again without a
            // send, so claims may exceed the bound by the number of crashes; sends may not (checked below).
            assertThat(entry.attempts()).as("claims of %s", key)
                    .isBetween(1, MAX_ATTEMPTS + 1 + outcome.crashedCalls());
            int sends = gateway.sends.getOrDefault(key, new AtomicInteger()).get();
            assertThat(sends).as("sends of %s", key).isLessThanOrEqualTo(MAX_ATTEMPTS);
            boolean reachedRecipient = gateway.deliveries.containsKey(key);
            if (entry.state() == OutboxState.DELIVERED) {
                assertThat(reachedRecipient).as("%s is marked delivered only if the recipient got it", key).isTrue();
            } else {
                assertThat(entry.lastError()).as("reason %s was dead-lettered", key).isNotBlank();
                if (reachedRecipient) {
                    assertThat(entry.lastError()).as("a delivered %s is dead only when its last outcome was lost", key)
                            .contains("outcome of the last one is unknown");
                }
            }
        }
        for (OutboxEntry entry : outcome.entries()) {
            String key = entry.message().idempotencyKey();
            long warnings = outcome.log().stream()
                    .filter(line -> line.startsWith("WARN ") && line.contains("Gave up on message " + key + " "))
                    .count();
            assertThat(warnings).as("warnings logged about %s, %s", key, entry.state())
                    .isEqualTo(entry.state() == OutboxState.DEAD ? 1 : 0);
        }
        assertThat(gateway.deliveries.values()).as("no key delivered twice")
                .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(gateway.resendsOfDelivered.get()).as("a delivered message is sent again only after a crash")
                .isLessThanOrEqualTo(gateway.crashes.get());
        assertThat(outcome.crashedCalls()).isEqualTo(gateway.crashes.get());
    }
}

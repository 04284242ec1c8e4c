package io.elan.mentoring.benchmarks.communication;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.core.communication.internal.CommunicationServices;
import io.elan.mentoring.core.communication.internal.OutboxDispatcher;
import io.elan.mentoring.core.memory.InMemoryBroadcastLog;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to deliver one message of a community-sized outbox (a monthly message to 1,000 members) through the in-memory
 * outbox and gateway: claiming, sending and settling, with the dispatcher's participant and program lookups.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DispatchBenchmark {

    private static final TenantId TENANT = TenantId.of("bench");
    private static final ProgramId PROGRAM = ProgramId.of("bench-program");
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final int MESSAGES = 1_000;

    @Param({"50", "200"})
    public int batchSize;

    private OutboxDispatcher dispatcher;

    /** A fresh outbox holding {@value #MESSAGES} due messages. */
    @Setup(Level.Invocation)
    public void fillOutbox() {
        InMemoryOutbox outbox = new InMemoryOutbox();
        MessageContent content = MessageContent.of("Le feedback qui fait grandir", "Un outil simple pour ce mois-ci.");
        for (int i = 0; i < MESSAGES; i++) {
            outbox.enqueue(TENANT, OutgoingMessage.builder().tenant(TENANT).program(PROGRAM)
                    .recipient(PersonId.of("person-" + i)).channel(Channel.EMAIL).locale(Locale.FRENCH)
                    .recipientLocale(Locale.FRENCH).recipientZone(ZoneOffset.UTC).kind("monthly-message")
                    .content(content).idempotencyKey("monthly-message:" + i).notBefore(NOW).build());
        }
        dispatcher = CommunicationServices.builder()
                .programStore(new InMemoryProgramStore())
                .outbox(outbox)
                .broadcastLog(new InMemoryBroadcastLog())
                .gateway(new InMemoryMessageGateway())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .settings(CommunicationSettings.builder().batchSize(batchSize).maxBatchesPerRun(1_000).build())
                .build()
                .dispatcher();
    }

    /** @return what the run did, so that it is not optimised away */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public DispatchSummary deliverAll() {
        return dispatcher.runDue(TENANT, NOW);
    }
}

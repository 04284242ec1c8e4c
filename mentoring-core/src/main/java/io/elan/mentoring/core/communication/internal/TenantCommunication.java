package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.core.communication.Communication;
import io.elan.mentoring.core.communication.broadcast.Broadcasts;
import io.elan.mentoring.core.communication.broadcast.ParityReport;
import io.elan.mentoring.core.communication.delivery.DeadLetters;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.core.communication.monthly.MonthlyContribution;
import io.elan.mentoring.core.communication.monthly.MonthlyMessages;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.communication.replay.UsefulReplay;
import io.elan.mentoring.core.communication.replay.UsefulReplays;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import java.time.YearMonth;
import java.util.List;

/**
 * {@link Communication} for one tenant, over the engine's communication services. Immutable and thread-safe.
 */
final class TenantCommunication implements Communication {

    private final CommunicationServices services;
    private final TenantId tenant;

    TenantCommunication(CommunicationServices services, TenantId tenant) {
        this.services = services;
        this.tenant = tenant;
    }

    @Override
    public MonthlyMessages monthlyMessages() {
        return new MonthlyMessages() {
            @Override
            public SendReport send(MonthlyContribution contribution) {
                return services.monthlyMessages().send(tenant, contribution);
            }

            @Override
            public ParityReport parity(ProgramId program, YearMonth month, Role community) {
                return services.monthlyMessages().parity(tenant, program, month, community);
            }
        };
    }

    @Override
    public Broadcasts broadcasts() {
        return new Broadcasts() {
            @Override
            public SendReport publish(Broadcast broadcast) {
                return services.broadcasts().publish(tenant, broadcast);
            }

            @Override
            public List<SendReport> catchUpAll(ProgramId program) {
                return services.broadcasts().catchUpAll(tenant, program);
            }

            @Override
            public SendReport catchUp(ProgramId program, PersonId person) {
                return services.broadcasts().catchUp(tenant, program, person);
            }

            @Override
            public ParityReport parity(ProgramId program, BroadcastId id) {
                return services.broadcasts().parity(tenant, program, id);
            }

            @Override
            public List<PublishedBroadcast> published(ProgramId program) {
                return services.broadcasts().published(tenant, program);
            }
        };
    }

    @Override
    public UsefulReplays replays() {
        return new UsefulReplays() {
            @Override
            public SendReport send(UsefulReplay replay) {
                return services.replays().send(tenant, replay);
            }

            @Override
            public List<Participant> absentees(Touchpoint touchpoint) {
                return services.replays().absentees(tenant, touchpoint);
            }
        };
    }

    @Override
    public DeadLetters deadLetters() {
        return new DeadLetters() {
            @Override
            public List<OutboxEntry> list(ProgramId program) {
                return services.deadLetters().list(tenant, program);
            }

            @Override
            public boolean requeue(String idempotencyKey) {
                return services.deadLetters().requeue(tenant, idempotencyKey);
            }
        };
    }

    @Override
    public MessageTexts texts() {
        return services.texts();
    }
}

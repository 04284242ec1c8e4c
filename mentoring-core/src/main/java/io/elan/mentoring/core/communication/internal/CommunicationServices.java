package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.core.communication.Communication;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.internal.EventDispatcher;
import io.elan.mentoring.core.internal.Reachability;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.event.DomainEventListener;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.program.ProgramStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The engine's communication services for every tenant, wired from the host's ports: monthly messages, broadcasts with
 * catch-up and parity, useful replays, the dispatcher that delivers the outbox, and the dead letters it gave up on.
 * Hosts reach them one tenant at a time through {@link #forTenant}; the timer call runs the dispatcher.
 *
 * <p>Immutable and thread-safe if the ports are; it starts no thread.
 */
public final class CommunicationServices {

    private final MonthlyMessageService monthlyMessages;
    private final BroadcastService broadcasts;
    private final ReplayService replays;
    private final OutboxDispatcher dispatcher;
    private final DeadLetterService deadLetters;
    private final MessageTexts texts;

    private CommunicationServices(Builder b, ProgramStore store, Outbox outbox, MessageGateway gateway, Clock clock,
            BroadcastLog broadcastLog) {
        CommunicationSettings settings = b.settings;
        Reachability reachability = new Reachability(gateway, b.directory, settings.fallbackChannel());
        this.texts = b.texts;
        this.broadcasts = new BroadcastService(store, outbox, broadcastLog, reachability, texts, settings, clock);
        this.monthlyMessages = new MonthlyMessageService(broadcasts, texts);
        this.replays = new ReplayService(store, outbox, broadcasts, reachability, texts, settings, clock);
        this.dispatcher = new OutboxDispatcher(outbox, gateway, store, settings, clock,
                new EventDispatcher(b.listeners));
        this.deadLetters = new DeadLetterService(outbox, clock);
    }

    /**
     * @param tenant a tenant
     * @return the communication of that tenant's programs
     */
    public Communication forTenant(TenantId tenant) {
        return new TenantCommunication(this, tenant);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return monthly community messages */
    public MonthlyMessageService monthlyMessages() {
        return monthlyMessages;
    }

    /** @return broadcasts, catch-up digests and parity reports */
    public BroadcastService broadcasts() {
        return broadcasts;
    }

    /** @return useful replays for absentees */
    public ReplayService replays() {
        return replays;
    }

    /** @return the outbox dispatcher the timer call runs */
    public OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    /** @return the messages the dispatcher gave up on, to list and to put back */
    public DeadLetterService deadLetters() {
        return deadLetters;
    }

    /** @return the texts messages are written with */
    public MessageTexts texts() {
        return texts;
    }

    /** Builds {@link CommunicationServices}; {@link #build()} lists every missing port. Not thread-safe. */
    public static final class Builder {
        private @Nullable ProgramStore programStore;
        private @Nullable Outbox outbox;
        private @Nullable MessageGateway gateway;
        private @Nullable Clock clock;
        private @Nullable PeopleDirectory directory;
        private @Nullable BroadcastLog broadcastLog;
        private MessageTexts texts = MessageTexts.defaults();
        private CommunicationSettings settings = CommunicationSettings.defaults();
        private final List<DomainEventListener> listeners = new ArrayList<>();

        private Builder() {}

        /**
         * @param value where programs, participants, touchpoints and attendance are read; required
         * @return this builder
         */
        public Builder programStore(ProgramStore value) { programStore = value; return this; }

        /**
         * @param value where messages wait until delivered; required
         * @return this builder
         */
        public Builder outbox(Outbox value) { outbox = value; return this; }

        /**
         * @param value what sends messages; required
         * @return this builder
         */
        public Builder gateway(MessageGateway value) { gateway = value; return this; }

        /**
         * @param value the time source of every decision; required
         * @return this builder
         */
        public Builder clock(Clock value) { clock = value; return this; }

        /**
         * @param value the people directory, to check that a participant has an address on a channel before using
         *     it; without one every channel the gateway supports is assumed to reach everyone
         * @return this builder
         */
        public Builder peopleDirectory(@Nullable PeopleDirectory value) { directory = value; return this; }

        /**
         * @param value where broadcasts and their recipients are kept; required
         * @return this builder
         */
        public Builder broadcastLog(BroadcastLog value) {
            broadcastLog = Objects.requireNonNull(value, "broadcastLog");
            return this;
        }

        /**
         * @param value the texts, to add languages or reword; Élan's own unless set
         * @return this builder
         */
        public Builder texts(MessageTexts value) { texts = Objects.requireNonNull(value, "texts"); return this; }

        /**
         * @param value the settings; the defaults unless set
         * @return this builder
         */
        public Builder settings(CommunicationSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * @param value a listener told about what communication records, such as a
         *     {@link io.elan.mentoring.core.event.MessageDeadLettered}, after the listeners added before it; one that
         *     throws is logged and the others still hear
         * @return this builder
         */
        public Builder listener(DomainEventListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * @return the communication services
         * @throws InvalidValueException listing every missing port
         */
        public CommunicationServices build() {
            List<Violation> missing = new ArrayList<>();
            if (programStore == null) {
                missing.add(Violation.of("programStore", "is required"));
            }
            if (outbox == null) {
                missing.add(Violation.of("outbox", "is required"));
            }
            if (gateway == null) {
                missing.add(Violation.of("gateway", "is required"));
            }
            if (clock == null) {
                missing.add(Violation.of("clock", "is required"));
            }
            if (broadcastLog == null) {
                missing.add(Violation.of("broadcastLog", "is required"));
            }
            if (programStore == null || outbox == null || gateway == null || clock == null || broadcastLog == null) {
                throw new InvalidValueException(missing);
            }
            return new CommunicationServices(this, programStore, outbox, gateway, clock, broadcastLog);
        }
    }
}

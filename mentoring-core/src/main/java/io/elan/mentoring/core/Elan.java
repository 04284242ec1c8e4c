package io.elan.mentoring.core;

import io.elan.mentoring.core.calendar.CompanyCalendar;
import io.elan.mentoring.core.calendar.internal.CalendarService;
import io.elan.mentoring.core.communication.Communication;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.MessageTexts;
import io.elan.mentoring.core.directory.CachingPeopleDirectory;
import io.elan.mentoring.core.directory.DirectoryCacheStatistics;
import io.elan.mentoring.core.engagement.CalendarExclusions;
import io.elan.mentoring.core.engagement.DisengagementDetector;
import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementTracker;
import io.elan.mentoring.core.engagement.NudgePolicy;
import io.elan.mentoring.core.event.ParticipantEnrolled;
import io.elan.mentoring.core.hotline.WorkingCalendar;
import io.elan.mentoring.core.internal.ConflictRetry;
import io.elan.mentoring.core.internal.EngagementFeedingActivityLog;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.EventDispatcher;
import io.elan.mentoring.core.internal.Notifier;
import io.elan.mentoring.core.memory.InMemoryBroadcastLog;
import io.elan.mentoring.scheduling.PlanningConstraints;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.event.DomainEventListener;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Élan's engine, the one object a host embeds. Build it once with the host's ports and a clock, keep it for the life
 * of the application, and work on each tenant's programs through {@link #tenant(TenantId)}:
 *
 * <pre>{@code
 * Elan elan = Elan.builder()
 *         .programStore(store).activityLog(log).outbox(outbox).surveyResponses(responses)
 *         .messageGateway(gateway).peopleDirectory(directory).clock(Clock.systemUTC())
 *         .build();
 * elan.tenant(TenantId.of("acme")).programs().define(definition);
 * }</pre>
 *
 * <p>Thread-safe: one instance serves every thread and every tenant. It starts no thread of its own; everything runs
 * on the caller's thread. Changes to one program made at the same time never lose an update: each write is
 * versioned, and the engine re-reads and retries a write that meets a
 * {@link io.elan.mentoring.spi.VersionConflictException} up to {@link Builder#versionConflictAttempts(int)} times,
 * after a short random wait each time, before surfacing it.
 */
public final class Elan {

    private final Engine engine;
    private final Communication communication;
    private final Engagement engagement;

    private Elan(Engine engine, Communication communication, Engagement engagement) {
        this.engine = engine;
        this.communication = communication;
        this.engagement = engagement;
    }

    /** @return a builder; every port and the clock are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param tenant a tenant
     * @return the operations on that tenant's programs
     */
    public TenantScope tenant(TenantId tenant) {
        return new TenantScope(engine, Objects.requireNonNull(tenant, "tenant"));
    }

    /** @return the engine's cached view of the people directory, for hosts that know when a person changed */
    public CachingPeopleDirectory directory() {
        return engine.directory();
    }

    /** @return how the directory cache has done so far */
    public DirectoryCacheStatistics directoryCacheStatistics() {
        return engine.directory().statistics();
    }

    /**
     * @return the communication services on the same ports and clock: monthly messages, broadcasts, useful replays,
     *     and the outbox dispatcher whose {@code runDue(tenant, now)} the host's scheduler calls
     */
    public Communication communication() {
        return communication;
    }

    /**
     * @return the engagement services on the same ports and clock: the tracker fed by every activity the engine
     *     records, the disengagement detector and the nudge policy
     */
    public Engagement engagement() {
        return engagement;
    }

    /** @return the engine's clock */
    public Clock clock() {
        return engine.clock();
    }

    /**
     * Builds an {@link Elan}. Every port and the clock are required; {@link #build()} names every one that is
     * missing. Not thread-safe.
     */
    public static final class Builder {
        /** How long a directory answer is cached unless set. */
        public static final Duration DEFAULT_DIRECTORY_TTL = Duration.ofMinutes(15);
        /** How many people the directory cache holds at most unless set. */
        public static final long DEFAULT_DIRECTORY_CACHE_SIZE = 10_000;
        /** How many times a write that meets a version conflict is attempted unless set. */
        public static final int DEFAULT_VERSION_CONFLICT_ATTEMPTS = 5;

        private @Nullable ProgramStore programStore;
        private @Nullable ActivityLog activityLog;
        private @Nullable Outbox outbox;
        private @Nullable SurveyResponseStore surveyResponses;
        private @Nullable MessageGateway messageGateway;
        private @Nullable PeopleDirectory peopleDirectory;
        private @Nullable Clock clock;
        private @Nullable Validator validator;
        private final List<DomainEventListener> listeners = new ArrayList<>();
        private Duration directoryTtl = DEFAULT_DIRECTORY_TTL;
        private long directoryCacheSize = DEFAULT_DIRECTORY_CACHE_SIZE;
        private WorkingCalendar workingCalendar = WorkingCalendar.mondayToFriday();
        private int versionConflictAttempts = DEFAULT_VERSION_CONFLICT_ATTEMPTS;
        private CommunicationSettings communicationSettings = CommunicationSettings.defaults();
        private BroadcastLog broadcastLog = new InMemoryBroadcastLog();
        private MessageTexts messageTexts = MessageTexts.defaults();
        private EngagementSettings engagementSettings = EngagementSettings.defaults();
        private CalendarExclusions calendarExclusions = CalendarExclusions.none();

        private Builder() {}

        /**
         * Uses the company's calendar, as the ritual planner reads it, for hotline response targets (working days),
         * engagement windows (holidays and blackouts are quiet, not silent) and nudges (none during blackouts).
         *
         * @param constraints working days, public holidays and blackouts
         * @return this builder
         */
        public Builder companyCalendar(PlanningConstraints constraints) {
            CompanyCalendar calendar = new CompanyCalendar(constraints);
            workingCalendar = calendar;
            calendarExclusions = calendar;
            return this;
        }

        /**
         * @param value windows, baselines, ratios, weights and nudge caps of the engagement services;
         *     {@link EngagementSettings#defaults()} unless set
         * @return this builder
         */
        public Builder engagementSettings(EngagementSettings value) {
            engagementSettings = Objects.requireNonNull(value, "engagementSettings");
            return this;
        }

        /**
         * @param value the days engagement detection treats as quiet; none unless set (see
         *     {@link #companyCalendar(PlanningConstraints)})
         * @return this builder
         */
        public Builder calendarExclusions(CalendarExclusions value) {
            calendarExclusions = Objects.requireNonNull(value, "calendarExclusions");
            return this;
        }

        /**
         * @param value batch size, lease, retry bound and backoff, quiet hours and text limits of the communication
         *     services; {@link CommunicationSettings#defaults()} unless set
         * @return this builder
         */
        public Builder communicationSettings(CommunicationSettings value) {
            communicationSettings = Objects.requireNonNull(value, "communicationSettings");
            return this;
        }

        /**
         * @param value where published broadcasts are kept, for catch-up digests and parity reports; in memory unless
         *     set, which forgets them at restart and suits one node only: a host that runs several nodes, or must keep
         *     them, sets a shared one such as the JDBC store's {@code JdbcStores.broadcastLog()}
         * @return this builder
         */
        public Builder broadcastLog(BroadcastLog value) {
            broadcastLog = Objects.requireNonNull(value, "broadcastLog");
            return this;
        }

        /**
         * @param value the texts of every message Élan writes, with the host's own layered over Élan's French and
         *     English ones; {@link MessageTexts#defaults()} unless set
         * @return this builder
         */
        public Builder messageTexts(MessageTexts value) {
            messageTexts = Objects.requireNonNull(value, "messageTexts");
            return this;
        }

        /** @param value where programs and everything in them are kept @return this builder */
        public Builder programStore(ProgramStore value) {
            programStore = value;
            return this;
        }

        /** @param value the activity log @return this builder */
        public Builder activityLog(ActivityLog value) {
            activityLog = value;
            return this;
        }

        /** @param value the outbox outgoing messages wait in @return this builder */
        public Builder outbox(Outbox value) {
            outbox = value;
            return this;
        }

        /** @param value where anonymous survey answers are kept @return this builder */
        public Builder surveyResponses(SurveyResponseStore value) {
            surveyResponses = value;
            return this;
        }

        /** @param value how messages reach people @return this builder */
        public Builder messageGateway(MessageGateway value) {
            messageGateway = value;
            return this;
        }

        /** @param value the host's people directory; the engine caches it @return this builder */
        public Builder peopleDirectory(PeopleDirectory value) {
            peopleDirectory = value;
            return this;
        }

        /** @param value the clock every date and instant is read from @return this builder */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /**
         * @param value a Jakarta validator; when given, definitions are also checked against their constraint
         *     annotations
         * @return this builder
         */
        public Builder validator(@Nullable Validator value) {
            validator = value;
            return this;
        }

        /**
         * @param value a listener told about every stored change, after the other listeners added before it, including
         *     the dead letters of the outbox dispatcher
         * @return this builder
         */
        public Builder listener(DomainEventListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** @param values listeners, added in order @return this builder */
        public Builder listeners(Collection<? extends DomainEventListener> values) {
            values.forEach(this::listener);
            return this;
        }

        /**
         * @param timeToLive how long a directory answer is trusted, measured on the engine's clock; positive
         * @param maximumSize how many people are remembered at most; positive
         * @return this builder
         */
        public Builder directoryCache(Duration timeToLive, long maximumSize) {
            directoryTtl = Objects.requireNonNull(timeToLive, "timeToLive");
            directoryCacheSize = maximumSize;
            return this;
        }

        /**
         * @param value which days count when a response target is counted; Monday to Friday unless set
         * @return this builder
         */
        public Builder workingCalendar(WorkingCalendar value) {
            workingCalendar = Objects.requireNonNull(value, "workingCalendar");
            return this;
        }

        /**
         * How many times the engine attempts a change whose write meets a
         * {@link io.elan.mentoring.spi.VersionConflictException}. Each attempt re-reads and re-checks the rules; each
         * retry first waits a random time of up to 2, 4, 8, then 16 ms, and 20 ms from the sixth attempt on (at most
         * 30 ms in all with the default of 5 attempts). When every attempt conflicts, the last conflict is thrown,
         * its message ending with how many attempts were made ({@code "; still conflicting after 5 attempts"}).
         *
         * @param value how many times a write that meets a version conflict is attempted before the conflict is
         *     surfaced, 1 (never retry) to 100; 5 unless set
         * @return this builder
         */
        public Builder versionConflictAttempts(int value) {
            versionConflictAttempts = value;
            return this;
        }

        /**
         * @return the engine
         * @throws InvalidValueException naming every missing port and every value out of range, all at once
         */
        public Elan build() {
            List<Violation> violations = new ArrayList<>();
            required(violations, programStore, "programStore");
            required(violations, activityLog, "activityLog");
            required(violations, outbox, "outbox");
            required(violations, surveyResponses, "surveyResponses");
            required(violations, messageGateway, "messageGateway");
            required(violations, peopleDirectory, "peopleDirectory");
            required(violations, clock, "clock");
            if (directoryTtl.isNegative() || directoryTtl.isZero()) {
                violations.add(Violation.of("directoryCache.timeToLive", "must be positive", directoryTtl));
            }
            if (directoryCacheSize < 1) {
                violations.add(Violation.of("directoryCache.maximumSize", "must be positive", directoryCacheSize));
            }
            if (versionConflictAttempts < 1 || versionConflictAttempts > 100) {
                violations.add(Violation.of("versionConflictAttempts", "must be between 1 and 100",
                        versionConflictAttempts));
            }
            if (!violations.isEmpty()) {
                throw new InvalidValueException(violations);
            }
            CachingPeopleDirectory directory = new CachingPeopleDirectory(peopleDirectory, directoryTtl,
                    directoryCacheSize, clock);
            Communication.Builder wiring = Communication.builder()
                    .programStore(programStore)
                    .outbox(outbox)
                    .gateway(messageGateway)
                    .clock(clock)
                    .peopleDirectory(directory)
                    .broadcastLog(broadcastLog)
                    .texts(messageTexts)
                    .settings(communicationSettings);
            listeners.forEach(wiring::listener);
            Communication communication = wiring.build();
            // People who join a program already under way get a digest of the broadcasts they missed.
            List<DomainEventListener> all = new ArrayList<>();
            all.add(event -> {
                if (event instanceof ParticipantEnrolled enrolled) {
                    communication.broadcasts().catchUp(enrolled.tenant(), enrolled.program(), enrolled.person());
                }
            });
            all.addAll(listeners);
            // Planned calendars follow their programs; heard last, so hosts hear of a change before its re-planning.
            AtomicReference<Engine> built = new AtomicReference<>();
            all.add(CalendarService.follower(built::get));
            EngagementTracker tracker = new EngagementTracker(programStore, activityLog, clock, engagementSettings);
            Engagement engagement = new Engagement(tracker,
                    new DisengagementDetector(tracker, programStore, calendarExclusions),
                    new NudgePolicy(programStore, outbox, calendarExclusions, clock, engagementSettings, directory));
            EngagementFeedingActivityLog fedLog = new EngagementFeedingActivityLog(activityLog, tracker);
            Notifier notifier = new Notifier(programStore, outbox, directory, messageGateway, messageTexts,
                    communicationSettings, engagementSettings.programManager(), engagementSettings.managerChannel());
            Engine engine = new Engine(programStore, fedLog, outbox, surveyResponses, messageGateway, directory,
                    clock, Optional.ofNullable(validator), new EventDispatcher(all),
                    new ConflictRetry(versionConflictAttempts), workingCalendar, notifier);
            built.set(engine);
            return new Elan(engine, communication, engagement);
        }

        private static void required(List<Violation> violations, @Nullable Object port, String name) {
            if (port == null) {
                violations.add(Violation.of(name, "is required"));
            }
        }
    }
}

package io.elan.mentoring.core;

import io.elan.mentoring.core.calendar.internal.CalendarService;
import io.elan.mentoring.core.calendar.internal.PlannedCalendars;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.internal.CommunicationServices;
import io.elan.mentoring.core.communication.monthly.MonthlyContributions;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.directory.CachingPeopleDirectory;
import io.elan.mentoring.core.directory.DirectoryCacheStatistics;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.internal.DisengagementDetector;
import io.elan.mentoring.core.engagement.internal.EngagementEngine;
import io.elan.mentoring.core.engagement.internal.EngagementTracker;
import io.elan.mentoring.core.engagement.internal.NudgePolicy;
import io.elan.mentoring.core.event.ParticipantEnrolled;
import io.elan.mentoring.core.followup.internal.FollowUpCallService;
import io.elan.mentoring.core.hotline.OverdueAlerts;
import io.elan.mentoring.core.hotline.internal.HotlineService;
import io.elan.mentoring.core.internal.ConflictRetry;
import io.elan.mentoring.core.internal.EngagementFeedingActivityLog;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.EventDispatcher;
import io.elan.mentoring.core.internal.Notifier;
import io.elan.mentoring.core.internal.ProgramCalendars;
import io.elan.mentoring.core.memory.InMemoryErasureReceipts;
import io.elan.mentoring.core.privacy.RetentionSettings;
import io.elan.mentoring.core.privacy.internal.PrivacyEngine;
import io.elan.mentoring.core.privacy.internal.RetentionJob;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.core.survey.SurveySettings;
import io.elan.mentoring.core.survey.internal.CalendarWaves;
import io.elan.mentoring.core.survey.internal.SurveyEngine;
import io.elan.mentoring.core.survey.internal.SurveyMessages;
import io.elan.mentoring.core.timer.DueWorkSettings;
import io.elan.mentoring.core.timer.DueWorkSummary;
import io.elan.mentoring.core.timer.Overdue;
import io.elan.mentoring.core.timer.internal.AlertsJob;
import io.elan.mentoring.core.timer.internal.DueWorkRunner;
import io.elan.mentoring.core.timer.internal.MonthlyMessageJob;
import io.elan.mentoring.core.timer.internal.WeeklyAssessmentJob;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.event.DomainEventListener;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.store.Stores;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.survey.anonymity.AnonymityGuard;
import io.elan.mentoring.survey.collection.SurveyCollector;
import io.elan.mentoring.survey.collection.WaveSecrets;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    private final SurveyEngine surveys;
    private final DueWorkRunner timer;
    private final CommunicationServices communication;
    private final EngagementEngine engagement;
    private final PrivacyEngine privacy;

    private Elan(Engine engine, SurveyEngine surveys, DueWorkRunner timer, CommunicationServices communication,
            EngagementEngine engagement, PrivacyEngine privacy) {
        this.engine = engine;
        this.surveys = surveys;
        this.timer = timer;
        this.communication = communication;
        this.engagement = engagement;
        this.privacy = privacy;
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
        return TenantServices.of(engine, surveys, engagement, communication, privacy,
                Objects.requireNonNull(tenant, "tenant"));
    }

    /**
     * Does everything due at the clock's instant, for every tenant of the program store: sends the monthly messages
     * whose time came, opens survey waves and invites, reminds at most the configured number of times, publishes
     * what closed waves hold, makes each program's weekly engagement assessment and queues its nudges and
     * escalations, finds what is overdue, delivers the outbox (replays, digests and every other message queued
     * earlier go out when their time comes), and removes what is past its retention period (see
     * {@link Builder#retention(RetentionSettings)}). The host calls it from its own scheduler, every minute or so.
     *
     * <p>Idempotent: calling again at the same instant, or from several nodes at once over shared stores, sends
     * nothing twice. Bounded: one call does at most what {@link Builder#dueWork(DueWorkSettings)} allows, and the
     * next call does the rest. A step that fails is logged, reported in the summary and tried again by the next call;
     * the others go on.
     *
     * @return what the call did
     * @throws UnsupportedOperationException if the program store cannot list its tenants: call
     *     {@link #runDue(TenantId)} for each tenant instead
     */
    public DueWorkSummary runDue() {
        return timer.runAll();
    }

    /**
     * Does everything due at the clock's instant for one tenant, as {@link #runDue()} does for all.
     *
     * @param tenant the tenant
     * @return what the call did
     */
    public DueWorkSummary runDue(TenantId tenant) {
        return timer.run(tenant);
    }

    /** @return the engine's cached view of the people directory, for hosts that know when a person changed */
    public CachingPeopleDirectory directory() {
        return engine.directory();
    }

    /** @return how the directory cache has done so far */
    public DirectoryCacheStatistics directoryCacheStatistics() {
        return engine.directory().statistics();
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
        private @Nullable BroadcastLog broadcastLog;
        private @Nullable SurveyResponseStore surveyResponseStore;
        private @Nullable TokenRegistry tokenRegistry;
        private @Nullable ReleaseLedger releaseLedger;
        private @Nullable WaveDefinitionStore waveDefinitionStore;
        private @Nullable WaveSecrets waveSecrets;
        private @Nullable SurveyLinks surveyLinks;
        private @Nullable MessageGateway messageGateway;
        private final Set<String> givenTwice = new LinkedHashSet<>();
        private final Set<String> given = new HashSet<>();
        private @Nullable PeopleDirectory peopleDirectory;
        private @Nullable Clock clock;
        private @Nullable Validator validator;
        private final List<DomainEventListener> listeners = new ArrayList<>();
        private Duration directoryTtl = DEFAULT_DIRECTORY_TTL;
        private long directoryCacheSize = DEFAULT_DIRECTORY_CACHE_SIZE;
        private int versionConflictAttempts = DEFAULT_VERSION_CONFLICT_ATTEMPTS;
        private CommunicationSettings communicationSettings = CommunicationSettings.defaults();
        private MessageTexts messageTexts = MessageTexts.defaults();
        private EngagementSettings engagementSettings = EngagementSettings.defaults();
        private SurveySettings surveySettings = SurveySettings.defaults();
        private DueWorkSettings dueWorkSettings = DueWorkSettings.defaults();
        private MonthlyContributions monthlyContributions = MonthlyContributions.none();
        private @Nullable SecureRandom secureRandom;
        private @Nullable ErasureReceipts erasureReceipts;
        private RetentionSettings retention = RetentionSettings.defaults();
        private final Map<TenantId, RetentionSettings> retentionByTenant = new HashMap<>();

        private Builder() {}

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
         * @param value batch size, lease, retry bound and backoff, quiet hours and text limits of the communication
         *     services; {@link CommunicationSettings#defaults()} unless set
         * @return this builder
         */
        public Builder communicationSettings(CommunicationSettings value) {
            communicationSettings = Objects.requireNonNull(value, "communicationSettings");
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

        /**
         * Gives every storage port at once, such as the JDBC store's {@code JdbcStores} or {@code InMemoryStores}:
         * programs, activity, outbox, broadcasts, survey responses, invitations, released figures and the definitions
         * survey waves were opened with. A port given
         * here must not be given again by its own method.
         *
         * @param value the storage
         * @return this builder
         */
        public Builder stores(Stores value) {
            Objects.requireNonNull(value, "stores");
            programStore(value.programStore());
            activityLog(value.activityLog());
            outbox(value.outbox());
            broadcastLog(value.broadcastLog());
            surveyResponseStore(value.surveyResponseStore());
            tokenRegistry(value.tokenRegistry());
            releaseLedger(value.releaseLedger());
            waveDefinitionStore(value.waveDefinitionStore());
            value.erasureReceipts().ifPresent(this::erasureReceipts);
            return this;
        }

        /**
         * @param value where the receipts of erasures are kept; the stores' own if they have one, else in memory, which
         *     a restart forgets
         * @return this builder
         */
        public Builder erasureReceipts(ErasureReceipts value) {
            erasureReceipts = give("erasureReceipts", value);
            return this;
        }

        /**
         * @param value how long personal data is kept in every tenant without settings of its own, applied by the timer
         *     call; {@link RetentionSettings#defaults()} unless set
         * @return this builder
         */
        public Builder retention(RetentionSettings value) {
            retention = Objects.requireNonNull(value, "retention");
            return this;
        }

        /**
         * @param tenant a tenant whose data is kept for other periods than the others'
         * @param value its retention
         * @return this builder
         */
        public Builder retention(TenantId tenant, RetentionSettings value) {
            retentionByTenant.put(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(value, "retention"));
            return this;
        }

        /**
         * @param value where programs and everything in them are kept
         * @return this builder
         */
        public Builder programStore(ProgramStore value) { programStore = give("programStore", value); return this; }

        /**
         * @param value the activity log
         * @return this builder
         */
        public Builder activityLog(ActivityLog value) { activityLog = give("activityLog", value); return this; }

        /**
         * @param value the outbox outgoing messages wait in
         * @return this builder
         */
        public Builder outbox(Outbox value) { outbox = give("outbox", value); return this; }

        /**
         * @param value where published broadcasts and whom each reached are kept, for catch-up digests and parity
         *     reports; nodes that share a program store share it too
         * @return this builder
         */
        public Builder broadcastLog(BroadcastLog value) { broadcastLog = give("broadcastLog", value); return this; }

        /**
         * @param value where survey responses are held until published; the surveys service publishes and reads them
         * @return this builder
         */
        public Builder surveyResponseStore(SurveyResponseStore value) {
            surveyResponseStore = give("surveyResponseStore", value);
            return this;
        }

        /**
         * @param value who was handed which survey token, and who answered; nodes that share a program store share
         *     it too
         * @return this builder
         */
        public Builder tokenRegistry(TokenRegistry value) { tokenRegistry = give("tokenRegistry", value); return this; }

        /**
         * @param value the respondents behind every survey figure released, which the anonymity guard checks each new
         *     figure against; one history for every node and across restarts
         * @return this builder
         */
        public Builder releaseLedger(ReleaseLedger value) { releaseLedger = give("releaseLedger", value); return this; }

        /**
         * @param value the definition each survey wave was opened with, which the collector and the guard pin and
         *     hold to; one for every node and across restarts
         * @return this builder
         */
        public Builder waveDefinitionStore(WaveDefinitionStore value) {
            waveDefinitionStore = give("waveDefinitionStore", value);
            return this;
        }

        /**
         * @param value each survey wave's secret, from the host's key store: the same on every node and across restarts
         *     while the wave is open, and never kept in the storage that holds the invitations and responses
         * @return this builder
         */
        public Builder waveSecrets(WaveSecrets value) { waveSecrets = give("waveSecrets", value); return this; }

        /**
         * @param value where respondents answer: the host's page each invitation and reminder links to, such as
         *     {@code SurveyLinks.template("https://hr.example/surveys/{token}")}
         * @return this builder
         */
        public Builder surveyLinks(SurveyLinks value) { surveyLinks = give("surveyLinks", value); return this; }

        /**
         * @param value reminders, anonymity thresholds, publication and questionnaires of the survey waves;
         *     {@link SurveySettings#defaults()} unless set
         * @return this builder
         */
        public Builder surveySettings(SurveySettings value) {
            surveySettings = Objects.requireNonNull(value, "surveySettings");
            return this;
        }

        /**
         * @param value how much one timer call does at most, and when weekly assessments fall due;
         *     {@link DueWorkSettings#defaults()} unless set
         * @return this builder
         */
        public Builder dueWork(DueWorkSettings value) {
            dueWorkSettings = Objects.requireNonNull(value, "dueWork");
            return this;
        }

        /**
         * @param value where survey tokens and the order of published responses are drawn from; a new
         *     {@link SecureRandom} unless set. Give a seeded one only to repeat a run exactly (a test, a sample): a
         *     predictable source makes tokens guessable.
         * @return this builder
         */
        public Builder secureRandom(SecureRandom value) {
            secureRandom = Objects.requireNonNull(value, "secureRandom");
            return this;
        }

        /**
         * @param value the program team's words for each monthly message of the calendars; without it, the timer call
         *     sends Élan's own words on each message's theme
         * @return this builder
         */
        public Builder monthlyContributions(MonthlyContributions value) {
            monthlyContributions = Objects.requireNonNull(value, "monthlyContributions");
            return this;
        }

        /**
         * @param value how messages reach people
         * @return this builder
         */
        public Builder messageGateway(MessageGateway value) {
            messageGateway = give("messageGateway", value);
            return this;
        }

        /**
         * @param value the host's people directory; the engine caches it
         * @return this builder
         */
        public Builder peopleDirectory(PeopleDirectory value) {
            peopleDirectory = give("peopleDirectory", value);
            return this;
        }

        /**
         * @param value the clock every date and instant is read from
         * @return this builder
         */
        public Builder clock(Clock value) { clock = give("clock", value); return this; }

        /**
         * @param value a Jakarta validator; when given, definitions are also checked against their constraint
         *     annotations
         * @return this builder
         */
        public Builder validator(@Nullable Validator value) { validator = value; return this; }

        /**
         * @param value a listener told about every stored change, after the other listeners added before it, including
         *     the dead letters of the outbox dispatcher
         * @return this builder
         */
        public Builder listener(DomainEventListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * @param values listeners, added in order
         * @return this builder
         */
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
        public Builder versionConflictAttempts(int value) { versionConflictAttempts = value; return this; }

        /**
         * @return the engine
         * @throws InvalidValueException naming every missing port and every value out of range, all at once
         */
        public Elan build() {
            List<Violation> violations = new ArrayList<>();
            required(violations, programStore, "programStore");
            required(violations, activityLog, "activityLog");
            required(violations, outbox, "outbox");
            required(violations, broadcastLog, "broadcastLog");
            required(violations, surveyResponseStore, "surveyResponseStore");
            required(violations, tokenRegistry, "tokenRegistry");
            required(violations, releaseLedger, "releaseLedger");
            required(violations, waveDefinitionStore, "waveDefinitionStore");
            required(violations, waveSecrets, "waveSecrets");
            required(violations, surveyLinks, "surveyLinks");
            required(violations, messageGateway, "messageGateway");
            required(violations, peopleDirectory, "peopleDirectory");
            required(violations, clock, "clock");
            for (String port : givenTwice) {
                violations.add(Violation.of(port, "is given twice: give each port once, by stores(...) or by its own"
                        + " method"));
            }
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
            CommunicationServices.Builder wiring = CommunicationServices.builder()
                    .programStore(programStore)
                    .outbox(outbox)
                    .gateway(messageGateway)
                    .clock(clock)
                    .peopleDirectory(directory)
                    .broadcastLog(broadcastLog)
                    .texts(messageTexts)
                    .settings(communicationSettings);
            listeners.forEach(wiring::listener);
            CommunicationServices communication = wiring.build();
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
            Notifier notifier = new Notifier(programStore, outbox, directory, messageGateway, messageTexts,
                    communicationSettings, engagementSettings.programManager(), engagementSettings.managerChannel());
            EngagementEngine engagement = new EngagementEngine(tracker,
                    new DisengagementDetector(tracker, programStore, ProgramCalendars.fromDefinitions()::of),
                    new NudgePolicy(programStore, outbox, ProgramCalendars.fromDefinitions()::of, clock,
                            engagementSettings, communicationSettings.sendingHours(), directory,
                            notifier::programManager));
            EngagementFeedingActivityLog fedLog = new EngagementFeedingActivityLog(activityLog, tracker);
            Engine engine = new Engine(programStore, fedLog, outbox, surveyResponseStore, messageGateway, directory,
                    clock, Optional.ofNullable(validator), new EventDispatcher(all),
                    new ConflictRetry(versionConflictAttempts), ProgramCalendars.fromDefinitions(), notifier);
            built.set(engine);
            PlannedCalendars calendars = new PlannedCalendars(engine);
            SurveyEngine surveys = surveys(notifier, calendars);
            SecureRandom random = secureRandom != null ? secureRandom : new SecureRandom();
            PrivacyEngine privacy = new PrivacyEngine(programStore, activityLog, outbox, broadcastLog, tokenRegistry,
                    erasureReceipts != null ? erasureReceipts : new InMemoryErasureReceipts(), directory, tracker,
                    engine.events(), clock, random, retention, retentionByTenant);
            DueWorkRunner timer = new DueWorkRunner(programStore, communication.dispatcher(),
                    new MonthlyMessageJob(calendars, broadcastLog, communication.monthlyMessages(), messageTexts,
                            surveys, monthlyContributions),
                    surveys,
                    new WeeklyAssessmentJob(tracker, engagement.detector(), engagement.nudges(),
                            dueWorkSettings.assessAt()),
                    (tenant, programs, now) -> {
                        OverdueAlerts hotline = new HotlineService(engine, tenant).alertOverdue(now);
                        FollowUpCallService calls = new FollowUpCallService(engine, tenant);
                        int overdueCalls = programs.stream().mapToInt(p -> calls.overdue(p.id()).size()).sum();
                        return new AlertsJob.Alerts(new Overdue(hotline.overdue().size(), overdueCalls),
                                hotline.newlyQueued());
                    },
                    new RetentionJob(privacy), dueWorkSettings, clock);
            return new Elan(engine, surveys, timer, communication, engagement, privacy);
        }

        private SurveyEngine surveys(Notifier notifier, PlannedCalendars calendars) {
            SurveyStores stores = SurveyStores.of(surveyResponseStore, tokenRegistry, releaseLedger,
                    waveDefinitionStore);
            SurveyCollector collector = SurveyCollector.builder()
                    .stores(stores)
                    .secrets(waveSecrets)
                    .clock(clock)
                    .random(secureRandom != null ? secureRandom : new SecureRandom())
                    .publication(surveySettings.publication())
                    .build();
            AnonymityGuard guard = AnonymityGuard.builder()
                    .stores(stores)
                    .policy(surveySettings.anonymity())
                    .build();
            SurveyMessages messages = new SurveyMessages(notifier, messageTexts, surveyLinks,
                    surveySettings.anonymity().threshold(), surveySettings.reminders());
            return new SurveyEngine(programStore, tokenRegistry, outbox, collector, guard, surveySettings,
                    new CalendarWaves(calendars), messages, clock);
        }

        private <T> T give(String port, T value) {
            Objects.requireNonNull(value, port);
            if (!given.add(port)) {
                givenTwice.add(port);
            }
            return value;
        }

        private static void required(List<Violation> violations, @Nullable Object port, String name) {
            if (port == null) {
                violations.add(Violation.of(name, "is required"));
            }
        }
    }
}

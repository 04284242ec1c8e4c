package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.internal.CountingOutcome;
import io.elan.mentoring.core.engagement.WeeklyActivity;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Keeps weekly activity counters per pair and per person for every program of every tenant, updated in O(1) per
 * event, so a host can assess engagement after each event or nightly over a whole tenant.
 *
 * <h2>The write path</h2> Activity reaches the counters through {@link #record}: the tracker checks the event, appends
 * it to the {@link ActivityLog} and counts it only if the log stored it as new. The log's idempotency is what keeps a
 * duplicated event from being counted twice, across restarts and nodes. Events the tracker refuses (see
 * {@link CountingOutcome}) are not appended. Events appended to the log by someone else are picked up by
 * {@link #rebuild}, which recounts a program from scratch; a program is also rebuilt the first time it is used. A
 * change of a program's dates or zone is taken into account by {@link #rebuild} too.
 *
 * <h2>Pairs and people</h2>
 * A pair meeting or message must name a pair of the program, a personal event (touchpoint attended, hotline request,
 * survey answered, follow-up call) a participant or a pair member. A pair or person the tracker does not know yet is
 * looked up once in the {@link ProgramStore}.
 *
 * <h2>Thread safety</h2>
 * Thread-safe. Events of one program are counted one at a time (the append to the log happens under the program's
 * lock, so the log and the counters never disagree); different programs proceed in parallel.
 */
public final class EngagementTracker {

    private record Key(TenantId tenant, ProgramId program) {}

    private final ProgramStore store;
    private final ActivityLog log;
    private final Clock clock;
    private final EngagementSettings settings;
    private final Map<Key, TrackedProgram> programs = new ConcurrentHashMap<>();

    /**
     * @param store where programs, pairs and participants are kept
     * @param log where activity is appended and read back
     * @param clock the clock that decides what is in the future
     * @param settings detection settings
     */
    public EngagementTracker(ProgramStore store, ActivityLog log, Clock clock, EngagementSettings settings) {
        this.store = Checks.present(store, "store");
        this.log = Checks.present(log, "log");
        this.clock = Checks.present(clock, "clock");
        this.settings = Checks.present(settings, "settings");
    }

    /** @return the settings this tracker was built with */
    public EngagementSettings settings() {
        return settings;
    }

    /** @return the clock this tracker reads */
    public Clock clock() {
        return clock;
    }

    /**
     * Checks an event, appends it to the activity log and counts it if the log stored it as new.
     *
     * @param tenant the tenant
     * @param event the event
     * @return what happened to it
     */
    public CountingOutcome record(TenantId tenant, ActivityEvent event) {
        Checks.present(tenant, "tenant");
        Checks.present(event, "event");
        Optional<TrackedProgram> found = tracked(tenant, event.program());
        if (found.isEmpty()) {
            return CountingOutcome.UNKNOWN_PROGRAM;
        }
        if (event.occurredAt().isAfter(futureLimit())) {
            return CountingOutcome.FUTURE;
        }
        TrackedProgram tracked = found.get();
        synchronized (tracked) {
            Counter counter = classify(tenant, tracked, event, true);
            if (counter.outcome != CountingOutcome.COUNTED) {
                return counter.outcome;
            }
            if (log.append(tenant, List.of(event)) == 0) {
                return CountingOutcome.DUPLICATE;
            }
            counter.apply(tracked.ledger);
            return CountingOutcome.COUNTED;
        }
    }

    /**
     * Records events one by one, in the order given.
     *
     * @param tenant the tenant
     * @param events the events
     * @return what happened to each, in the same order
     */
    public List<CountingOutcome> recordAll(TenantId tenant, List<ActivityEvent> events) {
        List<CountingOutcome> outcomes = new ArrayList<>(events.size());
        for (ActivityEvent e : events) {
            outcomes.add(record(tenant, e));
        }
        return outcomes;
    }

    /**
     * Recounts a program from scratch: reloads its pairs and participants from the store and replays its whole
     * activity log, applying the same checks as {@link #record}.
     *
     * @param tenant the tenant
     * @param program the program
     * @throws NotFoundException if the tenant has no such program
     */
    public void rebuild(TenantId tenant, ProgramId program) {
        Program p = store.findProgram(tenant, program)
                .orElseThrow(() -> new NotFoundException("program", program.value()));
        TrackedProgram existing = programs.get(new Key(tenant, program));
        if (existing == null) {
            programs.computeIfAbsent(new Key(tenant, program), k -> load(tenant, p));
            return;
        }
        // Recounting in place, under the program's lock, keeps events recorded meanwhile from being lost.
        synchronized (existing) {
            existing.reset(p);
            replay(tenant, existing);
        }
    }

    /**
     * Forgets a program's counters; the next use rebuilds them.
     *
     * @param tenant the tenant
     * @param program the program
     */
    public void forget(TenantId tenant, ProgramId program) {
        programs.remove(new Key(tenant, program));
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @return a copy of the program's weekly buckets
     * @throws NotFoundException if the tenant has no such program
     */
    public WeeklyActivity weeklyActivity(TenantId tenant, ProgramId program) {
        TrackedProgram tracked = require(tenant, program);
        synchronized (tracked) {
            List<LocalDate> starts = new ArrayList<>(tracked.weeks.count());
            for (int w = 0; w < tracked.weeks.count(); w++) {
                starts.add(tracked.weeks.firstDay(w));
            }
            return LedgerCopy.copyOf(program, starts, tracked.ledger);
        }
    }

    /**
     * Estimates the memory the program's counters take: the bytes of their arrays, as allocated.
     *
     * @param tenant the tenant
     * @param program the program
     * @return the estimate, in bytes
     * @throws NotFoundException if the tenant has no such program
     */
    public long stateBytes(TenantId tenant, ProgramId program) {
        TrackedProgram tracked = require(tenant, program);
        synchronized (tracked) {
            return tracked.ledger.stateBytes();
        }
    }

    TrackedProgram require(TenantId tenant, ProgramId program) {
        return tracked(tenant, program)
                .orElseThrow(() -> new NotFoundException("program", program.value()));
    }

    /** Reloads pairs and participants (status changes, new pairs) without recounting. */
    void refreshRoster(TenantId tenant, ProgramId program, TrackedProgram tracked) {
        List<Participant> participants = store.participants(tenant, program);
        List<Pair> pairs = store.pairs(tenant, program);
        synchronized (tracked) {
            tracked.ledger.reserve(pairs.size(), participants.size());
            participants.forEach(tracked::admitParticipant);
            pairs.forEach(tracked::admitPair);
        }
    }

    private Optional<TrackedProgram> tracked(TenantId tenant, ProgramId program) {
        Key key = new Key(tenant, program);
        TrackedProgram tracked = programs.get(key);
        if (tracked != null) {
            return Optional.of(tracked);
        }
        Optional<Program> p = store.findProgram(tenant, program);
        return p.map(found -> programs.computeIfAbsent(key, k -> load(tenant, found)));
    }

    private TrackedProgram load(TenantId tenant, Program program) {
        TrackedProgram tracked = new TrackedProgram(program);
        synchronized (tracked) {
            replay(tenant, tracked);
        }
        return tracked;
    }

    /** Loads the roster and counts every event of the log; the caller holds the program's lock. */
    private void replay(TenantId tenant, TrackedProgram tracked) {
        refreshRoster(tenant, tracked.program.id(), tracked);
        Instant to = futureLimit().plusNanos(1);
        if (to.isAfter(tracked.weeks.end())) {
            to = tracked.weeks.end();
        }
        try (Stream<ActivityEvent> events = log.events(tenant, tracked.program.id(), tracked.weeks.start(), to)) {
            events.forEach(e -> {
                Counter c = classify(tenant, tracked, e, false);
                if (c.outcome == CountingOutcome.COUNTED) {
                    c.apply(tracked.ledger);
                }
            });
        }
    }

    private Instant futureLimit() {
        return clock.instant().plus(settings.futureTolerance());
    }

    /** Decides where an event goes, admitting a pair or person from the store when {@code lookUp} allows it. */
    private Counter classify(TenantId tenant, TrackedProgram tracked, ActivityEvent event, boolean lookUp) {
        int week = tracked.weeks.weekOf(event.occurredAt());
        if (week < 0 || week >= tracked.weeks.count()) {
            return Counter.refused(CountingOutcome.OUTSIDE_PROGRAM);
        }
        ProgramLedger ledger = tracked.ledger;
        if (ProgramLedger.isPairKind(event.kind())) {
            if (event.pair() == null) {
                return Counter.refused(CountingOutcome.MISSING_SUBJECT);
            }
            int slot = ledger.pairSlot(event.pair());
            if (slot < 0 && lookUp) {
                slot = store.findPair(tenant, tracked.program.id(), event.pair()).map(tracked::admitPair).orElse(-1);
            }
            return slot < 0 ? Counter.refused(CountingOutcome.UNKNOWN_PAIR)
                    : new Counter(CountingOutcome.COUNTED, true, slot, ProgramLedger.code(event.kind()), week);
        }
        if (event.person() == null) {
            return Counter.refused(CountingOutcome.MISSING_SUBJECT);
        }
        int slot = ledger.personSlot(event.person());
        if (slot < 0 && lookUp) {
            slot = store.findParticipant(tenant, tracked.program.id(), event.person())
                    .map(tracked::admitParticipant).orElse(-1);
        }
        return slot < 0 ? Counter.refused(CountingOutcome.UNKNOWN_PERSON)
                : new Counter(CountingOutcome.COUNTED, false, slot, ProgramLedger.code(event.kind()), week);
    }

    private record Counter(CountingOutcome outcome, boolean pair, int slot, int code, int week) {
        static Counter refused(CountingOutcome outcome) {
            return new Counter(outcome, false, -1, -1, -1);
        }

        void apply(ProgramLedger ledger) {
            if (pair) {
                ledger.countPair(slot, code, week);
            } else {
                ledger.countPerson(slot, code, week);
            }
        }
    }
}

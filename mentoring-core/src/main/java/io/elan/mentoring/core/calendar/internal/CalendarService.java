package io.elan.mentoring.core.calendar.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.calendar.CalendarUpdate;
import io.elan.mentoring.core.calendar.Calendars;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.core.calendar.ScheduledWave;
import io.elan.mentoring.core.event.CalendarPlanned;
import io.elan.mentoring.core.event.PairFormed;
import io.elan.mentoring.core.event.PairStatusChanged;
import io.elan.mentoring.core.event.ProgramDefined;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.ProgramSettings;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.scheduling.CadencePlanner;
import io.elan.mentoring.scheduling.CalendarDiff;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.QuestionnaireWindow;
import io.elan.mentoring.scheduling.Replan;
import io.elan.mentoring.scheduling.ics.CalendarParty;
import io.elan.mentoring.scheduling.ics.IcsWriter;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.event.DomainEventListener;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Calendars} of one tenant. Whether a program's calendar is planned, and from what, is kept in the
 * program's settings as digests of the inputs each part was planned from: planning again is skipped when they still
 * match. Thread-safe.
 */
public final class CalendarService implements Calendars {

    /** The digest of what the cadence's touchpoints were last planned from; present once the calendar is planned. */
    static final String RITUALS_PLANNED = "elan.calendar.rituals";
    /** The digest of what the pairs' follow-up calls were last planned from. */
    static final String CALLS_PLANNED = "elan.calendar.calls";

    private static final Set<ProgramStatus> OVER = EnumSet.of(ProgramStatus.CLOSED, ProgramStatus.CANCELLED);
    private static final Comparator<PlannedTouchpoint> IN_TIME_ORDER =
            Comparator.comparing((PlannedTouchpoint t) -> t.start().toInstant()).thenComparing(PlannedTouchpoint::key);

    private final Engine engine;
    private final TenantId tenant;
    private final CadencePlanner planner = new CadencePlanner();

    /**
     * @param engine the engine
     * @param tenant the tenant
     */
    public CalendarService(Engine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    /**
     * A listener that keeps planned calendars in line with their programs: a redefinition, a pair formed, paused,
     * resumed or ended re-plans the program's calendar if it was planned.
     *
     * @param engine the engine, read when an event arrives (the listener is made before the engine is)
     * @return the listener
     */
    public static DomainEventListener follower(Supplier<Engine> engine) {
        return event -> {
            if (event instanceof ProgramDefined || event instanceof PairFormed
                    || event instanceof PairStatusChanged) {
                new CalendarService(engine.get(), event.tenant()).follow(event.program());
            }
        };
    }

    private void follow(ProgramId id) {
        Optional<Program> program = engine.store().findProgram(tenant, id);
        if (program.isPresent() && isPlanned(program.get()) && !OVER.contains(program.get().status())) {
            sync(program.get());
        }
    }

    @Override
    public CalendarUpdate plan(ProgramId id) {
        Program program = engine.program(tenant, id);
        requireOpen(program, "plan the calendar of");
        return sync(program);
    }

    @Override
    public CalendarUpdate reschedule(ProgramId id, LocalDate kickOff, LocalDate closing) {
        Checks.present(kickOff, "kickOff");
        Checks.present(closing, "closing");
        return redefine(id, "reschedule", (current, definition) -> {
            LocalDate today = engine.today(current.zone());
            if (!kickOff.equals(current.kickOff()) && !today.isBefore(current.kickOff())) {
                throw refused(id, "cannot move the kick-off of a program whose kick-off (" + current.kickOff()
                        + ") is reached (today is " + today + " in " + current.zone() + ")");
            }
            if (!kickOff.equals(current.kickOff()) && !today.isBefore(kickOff)) {
                throw refused(id, "cannot move the kick-off to " + kickOff + ": it must be after today (" + today
                        + ")");
            }
            if (!closing.isAfter(today)) {
                throw refused(id, "cannot close on " + closing + ": the closing must be after today (" + today + ")");
            }
            FollowUpPolicy calls = new FollowUpPolicy(definition.followUp().windows().stream()
                    .filter(w -> w.opensOn(kickOff).isBefore(closing)).toList());
            return definition.toBuilder().kickOff(kickOff).closing(closing).followUp(calls).build();
        });
    }

    @Override
    public CalendarUpdate changeCompanyCalendar(ProgramId id, CompanyCalendarDefinition calendar) {
        Checks.present(calendar, "calendar");
        return redefine(id, "change the company calendar of",
                (current, definition) -> definition.toBuilder().companyCalendar(calendar).build());
    }

    private interface Change {
        ProgramDefinition apply(Program current, ProgramDefinition definition);
    }

    private CalendarUpdate redefine(ProgramId id, String verb, Change change) {
        record Outcome(Program program, ProgramDefinition definition, boolean changed) {}
        Outcome outcome = engine.retry().run(() -> {
            Program current = engine.program(tenant, id);
            requireOpen(current, verb);
            ProgramDefinition before = ProgramSettings.definition(current);
            ProgramDefinition after = change.apply(current, before);
            if (after.equals(before)) {
                return new Outcome(current, after, false);
            }
            return new Outcome(engine.store().saveProgram(ProgramSettings.redefined(current, after)), after, true);
        });
        CalendarUpdate update = sync(outcome.program());
        if (outcome.changed()) {
            engine.events().deliver(new ProgramDefined(tenant, id, engine.now(), outcome.definition(),
                    outcome.program().version()));
        }
        return update;
    }

    @Override
    public ProgramCalendar calendar(ProgramId id) {
        return read(requirePlanned(engine.program(tenant, id))).view();
    }

    @Override
    public List<ScheduledWave> questionnaireWaves(ProgramId id) {
        Stored stored = read(requirePlanned(engine.program(tenant, id)));
        ProgramCalendar calendar = stored.view();
        List<ScheduledWave> waves = new ArrayList<>();
        for (QuestionnaireWindow window : calendar.questionnaires()) {
            PlannedTouchpoint touchpoint = calendar.find(window.touchpointKey()).orElseThrow();
            QuestionnaireWave wave = stored.inputs().waveOf(touchpoint.ruleId()).orElseThrow();
            waves.add(new ScheduledWave(window.key(), wave.questionnaire(), touchpoint.touchpointId(),
                    window.opens().toInstant(), window.closes().toInstant()));
        }
        return waves;
    }

    @Override
    public String exportIcs(ProgramId id, Locale locale) {
        Checks.present(locale, "locale");
        return IcsWriter.of(locale).publish(id, calendar(id), engine.now());
    }

    @Override
    public String invitationsIcs(ProgramId id, Locale locale, CalendarParty organizer) {
        Checks.present(locale, "locale");
        Checks.present(organizer, "organizer");
        Program program = requirePlanned(engine.program(tenant, id));
        Stored stored = read(program);
        Instant now = engine.now();
        List<PlannedTouchpoint> coming = stored.view().touchpoints().stream()
                .filter(t -> t.start().toInstant().isAfter(now)).toList();
        List<Participant> active = engine.store().participants(tenant, id).stream().filter(Participant::isActive)
                .toList();
        Set<PersonId> people = new HashSet<>();
        active.forEach(p -> people.add(p.person()));
        stored.pairs().forEach(p -> {
            people.add(p.mentor());
            people.add(p.mentee());
        });
        Map<PersonId, Person> directory = engine.directory().findAll(tenant, people);
        return IcsWriter.of(locale).request(id, coming, stored.inputs().window().zone(), organizer, touchpoint -> {
            List<PersonId> invited = new ArrayList<>();
            Pair pair = stored.calls().pairOf(touchpoint.key());
            if (pair != null) {
                invited.add(pair.mentor());
                invited.add(pair.mentee());
            } else {
                active.stream().filter(p -> touchpoint.concerns(p.role())).forEach(p -> invited.add(p.person()));
            }
            return invited.stream().map(directory::get).map(CalendarService::party).flatMap(Optional::stream)
                    .toList();
        }, now);
    }

    @Override
    public Touchpoint markHeld(ProgramId id, TouchpointId touchpointId) {
        engine.program(tenant, id);
        return engine.retry().run(() -> {
            Touchpoint touchpoint = engine.store().findTouchpoint(tenant, id, touchpointId)
                    .orElseThrow(() -> new NotFoundException("touchpoint", touchpointId.value()));
            if (touchpoint.status() == TouchpointStatus.HELD) {
                return touchpoint;
            }
            if (touchpoint.status() == TouchpointStatus.CANCELLED) {
                throw new RefusedOperationException("touchpoint " + touchpointId, "cannot be held: it was cancelled");
            }
            if (touchpoint.start().isAfter(engine.now())) {
                throw new RefusedOperationException("touchpoint " + touchpointId,
                        "cannot be held before it starts (" + touchpoint.start() + ")");
            }
            return engine.store().saveTouchpoint(tenant, touchpoint.withStatus(TouchpointStatus.HELD));
        });
    }

    // -------------------------------------------------------------------------------------------------- planning

    /** The program's stored calendar, read back, with what it was read with. */
    private record Stored(CalendarInputs inputs, List<Pair> pairs, PairCalls calls, ProgramCalendar fromScratch,
            List<PlannedTouchpoint> rituals, Map<String, PlannedTouchpoint> callsByKey) {

        ProgramCalendar view() {
            return view(rituals, List.copyOf(callsByKey.values()), fromScratch);
        }

        /**
         * The calendar of these touchpoints: the questionnaire windows of the waves' rituals, and what planning the
         * definition could not keep.
         */
        ProgramCalendar view(List<PlannedTouchpoint> rituals, List<PlannedTouchpoint> calls, ProgramCalendar kept) {
            List<PlannedTouchpoint> touchpoints = new ArrayList<>(rituals);
            touchpoints.addAll(calls);
            touchpoints.sort(IN_TIME_ORDER);
            List<QuestionnaireWindow> windows = new ArrayList<>();
            CadencePlanner planner = new CadencePlanner();
            for (PlannedTouchpoint touchpoint : rituals) {
                inputs.waveOf(touchpoint.ruleId()).ifPresent(wave -> windows.add(planner.questionnaireWindow(
                        inputs.window(), inputs.constraints(), touchpoint, wave.timing())));
            }
            windows.sort(Comparator.comparing((QuestionnaireWindow w) -> w.opens().toInstant())
                    .thenComparing(QuestionnaireWindow::key));
            return new ProgramCalendar(inputs.window(), touchpoints, windows, kept.dropped(), kept.unfilledGaps());
        }
    }

    private Stored read(Program program) {
        CalendarInputs inputs = new CalendarInputs(ProgramSettings.definition(program));
        List<Pair> pairs = engine.store().pairs(tenant, program.id());
        Set<PersonId> members = new HashSet<>();
        pairs.forEach(p -> {
            members.add(p.mentor());
            members.add(p.mentee());
        });
        Map<PersonId, String> names = new HashMap<>();
        engine.directory().findAll(tenant, members).forEach((id, person) -> names.put(id, person.displayName()));
        PairCalls calls = new PairCalls(inputs, pairs, names);
        ProgramCalendar fromScratch = planner.plan(inputs.window(), inputs.plan(), inputs.constraints());
        StoredRituals rituals = new StoredRituals(inputs, fromScratch);
        List<PlannedTouchpoint> storedRituals = new ArrayList<>();
        Map<String, PlannedTouchpoint> storedCalls = new LinkedHashMap<>();
        for (Touchpoint touchpoint : engine.store().touchpoints(tenant, program.id())) {
            if (touchpoint.status() == TouchpointStatus.CANCELLED) {
                continue;
            }
            if (touchpoint.format() == Format.CHECKPOINT_CALL) {
                storedCalls.put(touchpoint.id().value(), calls.read(touchpoint));
            } else {
                storedRituals.add(rituals.read(touchpoint));
            }
        }
        return new Stored(inputs, pairs, calls, fromScratch, storedRituals, storedCalls);
    }

    /**
     * Brings the stored calendar in line with the program: plans what changed, stores it, records what it was planned
     * from and tells the listeners. When the program changes meanwhile (another node redefined it, or another thread
     * formed a pair), what was planned from the older state is not recorded as planned, and planning starts again from
     * the newer one, comparing with every stored touchpoint: the recorded digests cannot be trusted then, since a
     * caller that read the newer state before this one's stale writes may have recorded them.
     */
    private CalendarUpdate sync(Program program) {
        Program current = program;
        for (int attempt = 1; ; attempt++) {
            Synced synced = syncOnce(current, attempt == 1);
            if (synced.recorded() || attempt >= engine.retry().maxAttempts()) {
                return synced.update();
            }
            current = engine.program(tenant, program.id());
        }
    }

    private record Synced(CalendarUpdate update, boolean recorded) {}

    private Synced syncOnce(Program program, boolean trustDigests) {
        Stored stored = read(program);
        CalendarInputs inputs = stored.inputs();
        ZoneId zone = inputs.window().zone();
        LocalDate today = engine.today(zone);
        // What starts today or earlier stays as it is; anything new starts tomorrow at the earliest.
        Instant pinnedUntil = today.plusDays(1).atStartOfDay(zone).toInstant();

        String ritualsDigest = inputs.ritualsDigest();
        List<PlannedTouchpoint> rituals;
        ProgramCalendar kept = stored.fromScratch();
        CalendarDiff ritualsDiff;
        if (trustDigests && ritualsDigest.equals(program.settings().get(RITUALS_PLANNED))) {
            rituals = stored.rituals();
            ritualsDiff = new CalendarDiff(List.of(), List.of(), List.of());
        } else if (stored.rituals().isEmpty() && !today.isAfter(inputs.window().kickOff())) {
            rituals = kept.touchpoints();
            ritualsDiff = new CalendarDiff(rituals, List.of(), List.of());
        } else {
            Replan replan = planner.replan(new ProgramCalendar(inputs.window(), stored.rituals(), List.of(), List.of(),
                    List.of()), inputs.window(), inputs.plan(), inputs.constraints(), pinnedUntil.minusNanos(1),
                    Set.of());
            rituals = replan.calendar().touchpoints();
            kept = replan.calendar();
            ritualsDiff = replan.diff();
        }
        String callsDigest = inputs.callsDigest(stored.pairs());
        PairCalls.Result calls = trustDigests && callsDigest.equals(program.settings().get(CALLS_PLANNED))
                ? new PairCalls.Result(List.copyOf(stored.callsByKey().values()),
                        new CalendarDiff(List.of(), List.of(), List.of()))
                : stored.calls().plan(stored.callsByKey(), pinnedUntil);

        CalendarDiff diff = new CalendarDiff(concat(ritualsDiff.added(), calls.diff().added()),
                concat(ritualsDiff.moved(), calls.diff().moved()),
                concat(ritualsDiff.cancelled(), calls.diff().cancelled()));
        Map<String, Long> versions = attach(program.id(), diff, inputs.locale());
        boolean recorded = record(program.id(), inputs.definition(), ritualsDigest, callsDigest);

        UnaryOperator<PlannedTouchpoint> asStored = t -> versions.containsKey(t.key())
                ? t.withSequence((int) (versions.get(t.key()) - 1)) : t;
        ProgramCalendar calendar = stored.view(rituals.stream().map(asStored).toList(),
                calls.calls().stream().map(asStored).toList(), kept);
        CalendarDiff storedDiff = new CalendarDiff(diff.added().stream().map(asStored).toList(),
                diff.moved().stream().map(c -> new CalendarDiff.Change(c.before(), asStored.apply(c.after())))
                        .toList(),
                diff.cancelled().stream().map(asStored).toList());
        if (!storedDiff.isEmpty()) {
            engine.events().deliver(new CalendarPlanned(tenant, program.id(), engine.now(), storedDiff));
        }
        return new Synced(new CalendarUpdate(calendar, storedDiff), recorded);
    }

    /**
     * Stores what changed, each touchpoint read again before it is written, so that a write another node already made
     * is not made twice and a version conflict is retried on fresh state.
     *
     * @return the stored version of every touchpoint written or found as wanted, by id
     */
    private Map<String, Long> attach(ProgramId id, CalendarDiff diff, Locale locale) {
        Map<String, Long> versions = new HashMap<>();
        List<PlannedTouchpoint> planned = concat(diff.added(), diff.moved().stream().map(CalendarDiff.Change::after)
                .toList());
        for (PlannedTouchpoint touchpoint : planned) {
            Touchpoint wanted = touchpoint.toTouchpoint(id, locale);
            Touchpoint saved = engine.retry().run(() -> {
                Optional<Touchpoint> current = engine.store().findTouchpoint(tenant, id, wanted.id());
                if (current.isEmpty()) {
                    return engine.store().saveTouchpoint(tenant, wanted);
                }
                Touchpoint next = wanted.withVersion(current.get().version());
                return next.equals(current.get()) ? current.get() : engine.store().saveTouchpoint(tenant, next);
            });
            versions.put(touchpoint.key(), saved.version());
        }
        for (PlannedTouchpoint touchpoint : diff.cancelled()) {
            TouchpointId touchpointId = touchpoint.touchpointId();
            Touchpoint saved = engine.retry().run(() -> {
                Optional<Touchpoint> current = engine.store().findTouchpoint(tenant, id, touchpointId);
                if (current.isEmpty() || current.get().status() == TouchpointStatus.CANCELLED) {
                    return current.orElse(null);
                }
                return engine.store().saveTouchpoint(tenant, current.get().withStatus(TouchpointStatus.CANCELLED));
            });
            if (saved != null) {
                versions.put(touchpoint.key(), saved.version());
            }
        }
        return versions;
    }

    /**
     * Records what the calendar was planned from, unless the program or its pairs changed since they were read.
     *
     * @return whether it was recorded
     */
    private boolean record(ProgramId id, ProgramDefinition definition, String ritualsDigest, String callsDigest) {
        return engine.retry().run(() -> {
            Program current = engine.program(tenant, id);
            boolean same = ProgramSettings.definition(current).equals(definition) && callsDigest.equals(
                    new CalendarInputs(definition).callsDigest(engine.store().pairs(tenant, id)));
            Map<String, String> settings = new HashMap<>(current.settings());
            if (same) {
                settings.put(RITUALS_PLANNED, ritualsDigest);
                settings.put(CALLS_PLANNED, callsDigest);
            } else {
                // Planned from a state that is gone: the next planning must compare with what is stored.
                settings.put(RITUALS_PLANNED, "");
                settings.put(CALLS_PLANNED, "");
            }
            if (!settings.equals(current.settings())) {
                engine.store().saveProgram(current.toBuilder().settings(settings).build());
            }
            return same;
        });
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /**
     * @param program a program
     * @return whether its calendar was planned
     */
    public static boolean isPlanned(Program program) {
        return program.settings().containsKey(RITUALS_PLANNED);
    }

    private Program requirePlanned(Program program) {
        if (!isPlanned(program)) {
            throw refused(program.id(), "has no calendar yet: plan it with calendar().plan(" + program.id() + ")");
        }
        return program;
    }

    private static void requireOpen(Program program, String verb) {
        if (OVER.contains(program.status())) {
            throw refused(program.id(), "cannot " + verb + " a program that is " + program.status());
        }
    }

    private static RefusedOperationException refused(ProgramId id, String rule) {
        return new RefusedOperationException("program " + id, rule);
    }

    private static Optional<CalendarParty> party(@Nullable Person person) {
        if (person == null || person.email() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CalendarParty(person.displayName(), person.email()));
        } catch (InvalidValueException notAnInvitationAddress) {
            // An address the directory accepts but a calendar cannot write (quotes, spaces): no invitation.
            return Optional.empty();
        }
    }

    private static <T> List<T> concat(List<? extends T> first, List<? extends T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

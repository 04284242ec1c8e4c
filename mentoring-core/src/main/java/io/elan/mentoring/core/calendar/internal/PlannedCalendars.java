package io.elan.mentoring.core.calendar.internal;

import io.elan.mentoring.core.calendar.ScheduledWave;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.TouchpointId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planned calendar of each program as the timer call reads it, over and over: its touchpoints with their names and
 * themes in both languages, and its questionnaire waves. Reading a calendar re-plans it from the definition, so each
 * one is kept until its program record changes: every re-planning stores a new version of the program. Thread-safe.
 */
public final class PlannedCalendars {

    /**
     * A program's calendar as planned.
     *
     * @param calendar its touchpoints, not cancelled
     * @param touchpoints the same, by touchpoint id
     * @param waves its questionnaire waves, by opening
     */
    public record Planned(ProgramCalendar calendar, Map<TouchpointId, PlannedTouchpoint> touchpoints,
            List<ScheduledWave> waves) {}

    private record Key(TenantId tenant, ProgramId program) {}

    private record Cached(long version, Optional<Planned> planned) {}

    private final Engine engine;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    /** @param engine the engine whose calendars are read */
    public PlannedCalendars(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param tenant the tenant
     * @param program the program as stored now
     * @return its calendar and waves, or empty if its calendar was never planned
     */
    public Optional<Planned> of(TenantId tenant, Program program) {
        Key key = new Key(tenant, program.id());
        Cached cached = cache.get(key);
        if (cached != null && cached.version() == program.version()) {
            return cached.planned();
        }
        Optional<Planned> planned = Optional.empty();
        if (CalendarService.isPlanned(program)) {
            CalendarService calendars = new CalendarService(engine, tenant);
            ProgramCalendar calendar = calendars.calendar(program.id());
            planned = Optional.of(new Planned(calendar, calendar.touchpoints().stream()
                    .collect(Collectors.toMap(PlannedTouchpoint::touchpointId, Function.identity(), (a, b) -> a)),
                    calendars.questionnaireWaves(program.id())));
        }
        cache.put(key, new Cached(program.version(), planned));
        return planned;
    }
}

package io.elan.mentoring.core.survey.internal;

import io.elan.mentoring.core.program.internal.ProgramSettings;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The practice's one wave: the mid-point questionnaire, open from 14 days to 2 days before the mid-point workshop
 * the program's calendar holds, from the start of working hours on the first day to their end on the last (9:00 to
 * 18:00 in the program's zone, the planner's default hours). Without a workshop in the calendar, the wave prepares the
 * program's middle day. Thread-safe.
 */
public final class MidPointWaves implements WaveSchedule {
    /** The questionnaire the wave sends. */
    public static final String QUESTIONNAIRE = "mid-point";

    private static final int OPENS_DAYS_BEFORE = 14;
    private static final int CLOSES_DAYS_BEFORE = 2;
    private static final LocalTime WORK_START = LocalTime.of(9, 0);
    private static final LocalTime WORK_END = LocalTime.of(18, 0);

    private final ProgramStore store;

    /** @param store where the program's touchpoints are read */
    public MidPointWaves(ProgramStore store) {
        this.store = store;
    }

    @Override
    public List<ScheduledSurvey> waves(TenantId tenant, Program program) {
        Optional<Touchpoint> workshop = store.touchpoints(tenant, program.id()).stream()
                .filter(t -> t.format() == Format.MID_POINT_WORKSHOP && t.status() != TouchpointStatus.CANCELLED)
                .findFirst();
        LocalDate day = workshop.map(t -> LocalDate.ofInstant(t.start(), program.zone()))
                .orElseGet(() -> ProgramSettings.definition(program).midPoint());
        String id = workshop.map(t -> t.id().value()).orElse("mid-point") + "-questionnaire";
        return List.of(new ScheduledSurvey(id, QUESTIONNAIRE,
                day.minusDays(OPENS_DAYS_BEFORE).atTime(WORK_START).atZone(program.zone()).toInstant(),
                day.minusDays(CLOSES_DAYS_BEFORE).atTime(WORK_END).atZone(program.zone()).toInstant(),
                workshop.orElse(null)));
    }
}

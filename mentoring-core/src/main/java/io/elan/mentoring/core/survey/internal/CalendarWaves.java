package io.elan.mentoring.core.survey.internal;

import io.elan.mentoring.core.calendar.ScheduledWave;
import io.elan.mentoring.core.calendar.internal.PlannedCalendars;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * The waves of a program's definition as its planned calendar places them; none until the calendar is planned.
 * Thread-safe.
 */
public final class CalendarWaves implements WaveSchedule {

    private final PlannedCalendars calendars;

    /** @param calendars the planned calendars */
    public CalendarWaves(PlannedCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public List<ScheduledSurvey> waves(TenantId tenant, Program program) {
        return calendars.of(tenant, program).map(planned -> {
            List<ScheduledSurvey> waves = new ArrayList<>();
            for (ScheduledWave wave : planned.waves()) {
                waves.add(new ScheduledSurvey(wave.id(), wave.questionnaire(), wave.opens(), wave.closes(),
                        planned.touchpoints().get(wave.touchpoint())));
            }
            return waves;
        }).orElse(List.of());
    }
}

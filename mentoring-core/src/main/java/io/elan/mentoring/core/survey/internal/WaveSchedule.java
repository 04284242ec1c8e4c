package io.elan.mentoring.core.survey.internal;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import java.util.List;

/** Where a program's questionnaire waves stand in its calendar. Thread-safe. */
@FunctionalInterface
public interface WaveSchedule {
    /**
     * @param tenant the tenant
     * @param program the program
     * @return its waves, by opening
     */
    List<ScheduledSurvey> waves(TenantId tenant, Program program);
}

package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.time.LocalDate;

/**
 * Says which days of a program are holidays or blackouts (a company closure, an August break). Weeks made mostly of
 * such days are quiet: they are left out of windows and baselines instead of being read as silence, and no nudge is
 * sent during them. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CalendarExclusions {

    /**
     * @param tenant the tenant
     * @param program the program
     * @param date a day
     * @return whether the day is a holiday or inside a blackout for that program
     */
    boolean isExcluded(TenantId tenant, ProgramId program, LocalDate date);

    /** @return exclusions that exclude nothing */
    static CalendarExclusions none() {
        return (tenant, program, date) -> false;
    }
}

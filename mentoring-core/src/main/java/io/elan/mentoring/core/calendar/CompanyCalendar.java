package io.elan.mentoring.core.calendar;

import io.elan.mentoring.core.engagement.CalendarExclusions;
import io.elan.mentoring.core.hotline.WorkingCalendar;
import io.elan.mentoring.scheduling.PlanningConstraints;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One company calendar read from the scheduling module's {@link PlanningConstraints}: a day is a working day when it
 * is one of the constraints' working days, not a public holiday and not inside a blackout; a day is excluded from
 * engagement windows when it is a holiday or inside a blackout. Thread-safe and immutable.
 *
 * <p>Give it to {@code Elan.builder().companyCalendar(constraints)} so the hotline's response targets, the
 * engagement detector's quiet weeks and the nudges' quiet periods follow the same calendar as the rituals.
 */
public final class CompanyCalendar implements WorkingCalendar, CalendarExclusions {

    private final PlanningConstraints constraints;

    /**
     * @param constraints working days, holidays and blackouts
     */
    public CompanyCalendar(PlanningConstraints constraints) {
        this.constraints = Objects.requireNonNull(constraints, "constraints");
    }

    /** @return the constraints this calendar reads */
    public PlanningConstraints constraints() {
        return constraints;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return constraints.workingDays().contains(day.getDayOfWeek()) && !isClosed(day);
    }

    @Override
    public boolean isExcluded(TenantId tenant, ProgramId program, LocalDate date) {
        return isClosed(date);
    }

    private boolean isClosed(LocalDate day) {
        return constraints.holidays().holidayOn(day).isPresent() || constraints.blackoutOn(day).isPresent();
    }
}

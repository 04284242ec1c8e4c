package io.elan.mentoring.core.hotline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days count as working days when a response target is counted. The default is Monday to Friday; a host with
 * public holidays or company closures supplies its own.
 *
 * <p>Implementations must be thread-safe and answer the same way for the same day.
 */
@FunctionalInterface
public interface WorkingCalendar {

    /**
     * @param day a day
     * @return whether work is done on that day
     */
    boolean isWorkingDay(LocalDate day);

    /**
     * @param start the day counting starts from (not counted itself)
     * @param workingDays how many working days to add; zero returns {@code start}
     * @return the day that many working days after {@code start}
     * @throws IllegalArgumentException if {@code workingDays} is negative
     */
    default LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative, was " + workingDays);
        }
        LocalDate day = start;
        int left = workingDays;
        int scanned = 0;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
            // A calendar without working days would loop for ever; ten years of scanning is a clear sign of one.
            if (++scanned > 3660) {
                throw new IllegalStateException("no working day within ten years after " + start);
            }
        }
        return day;
    }

    /** @return the calendar where Monday to Friday are working days */
    static WorkingCalendar mondayToFriday() {
        return day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}

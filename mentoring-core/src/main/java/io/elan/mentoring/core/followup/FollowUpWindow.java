package io.elan.mentoring.core.followup;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When one round of follow-up calls is due: a window of days that opens some months after the kick-off. Each
 * participant's call is due within the window, read in the participant's own zone.
 *
 * @param afterMonths months between the kick-off and the first day of the window, 0 to {@value #MAX_AFTER_MONTHS}
 * @param windowDays how many days the window lasts, 1 to {@value #MAX_WINDOW_DAYS}
 */
public record FollowUpWindow(int afterMonths, int windowDays) {

    /** Latest month a window may open after the kick-off. */
    public static final int MAX_AFTER_MONTHS = 36;
    /** Longest window, in days. */
    public static final int MAX_WINDOW_DAYS = 92;

    /**
     * Checks both fields and reports every broken rule at once.
     *
     * @param afterMonths months between the kick-off and the first day of the window, 0 to {@value #MAX_AFTER_MONTHS}
     * @param windowDays how many days the window lasts, 1 to {@value #MAX_WINDOW_DAYS}
     * @throws InvalidValueException naming {@code afterMonths} and/or {@code windowDays}
     */
    public FollowUpWindow {
        List<Violation> violations = new ArrayList<>();
        if (afterMonths < 0 || afterMonths > MAX_AFTER_MONTHS) {
            violations.add(Violation.of("afterMonths", "must be between 0 and " + MAX_AFTER_MONTHS, afterMonths));
        }
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            violations.add(Violation.of("windowDays", "must be between 1 and " + MAX_WINDOW_DAYS, windowDays));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * @param kickOff the program's kick-off
     * @return the first day of the window
     */
    public LocalDate opensOn(LocalDate kickOff) {
        return kickOff.plusMonths(afterMonths);
    }

    /**
     * @param kickOff the program's kick-off
     * @return the last day of the window; a call still planned after it is overdue
     */
    public LocalDate closesOn(LocalDate kickOff) {
        return opensOn(kickOff).plusDays(windowDays - 1L);
    }
}

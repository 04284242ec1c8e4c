package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of one program run and the zone its touchpoints are planned in.
 *
 * @param kickOff the kick-off day, first day of the program
 * @param closing the closing day, last day of the program, after the kick-off
 * @param zone the zone working hours and days are read in
 */
public record ProgramWindow(@NotNull LocalDate kickOff, @NotNull LocalDate closing, @NotNull ZoneId zone) {
    /**
     * Validates the dates: every field present, closing after kick-off, at most ten years apart.
     *
     * @param kickOff the kick-off day, first day of the program
     * @param closing the closing day, last day of the program, after the kick-off
     * @param zone the zone working hours and days are read in
     */
    public ProgramWindow {
        List<Violation> violations = new ArrayList<>();
        if (kickOff == null) {
            violations.add(Violation.of("kickOff", "must not be null"));
        }
        if (closing == null) {
            violations.add(Violation.of("closing", "must not be null"));
        }
        if (zone == null) {
            violations.add(Violation.of("zone", "must not be null"));
        }
        if (kickOff != null && closing != null) {
            if (!closing.isAfter(kickOff)) {
                violations.add(Violation.of("closing", "must be after the kick-off (" + kickOff + ")", closing));
            } else if (ChronoUnit.YEARS.between(kickOff, closing) >= 10) {
                violations.add(Violation.of("closing", "must be less than ten years after the kick-off", closing));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * @param kickOff the kick-off day
     * @param closing the closing day
     * @param zone the program's zone
     * @return the window
     */
    public static ProgramWindow of(LocalDate kickOff, LocalDate closing, ZoneId zone) {
        return new ProgramWindow(kickOff, closing, zone);
    }

    /** @return the day halfway between kick-off and closing, rounded down */
    public LocalDate midPoint() {
        return kickOff.plusDays(ChronoUnit.DAYS.between(kickOff, closing) / 2);
    }

    /**
     * @param anchor an anchor
     * @return the anchor's day in this window
     */
    public LocalDate dateOf(Anchor anchor) {
        return switch (anchor) {
            case KICK_OFF -> kickOff;
            case MID_POINT -> midPoint();
            case CLOSING -> closing;
        };
    }

    /**
     * @param date a day
     * @return whether the day lies between kick-off and closing, both included
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(kickOff) && !date.isAfter(closing);
    }
}

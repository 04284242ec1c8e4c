package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;

/**
 * A day given relative to an anchor of the program: "kick-off + 2 months", "mid-point", "closing − 1 month".
 *
 * @param anchor the anchor
 * @param offset added to the anchor's day; negative to go back in time
 */
public record Placement(@NotNull Anchor anchor, @NotNull Period offset) {
    /**
     * Validates the fields.
     *
     * @param anchor the anchor
     * @param offset added to the anchor's day; negative to go back in time
     */
    public Placement {
        if (anchor == null) {
            throw new InvalidValueException("anchor", "must not be null");
        }
        if (offset == null) {
            throw new InvalidValueException("offset", "must not be null");
        }
    }

    /** @return the kick-off day itself */
    public static Placement atKickOff() {
        return new Placement(Anchor.KICK_OFF, Period.ZERO);
    }

    /**
     * @param offset how long after the kick-off
     * @return the placement
     */
    public static Placement afterKickOff(Period offset) {
        return new Placement(Anchor.KICK_OFF, offset);
    }

    /** @return the mid-point day itself */
    public static Placement atMidPoint() {
        return new Placement(Anchor.MID_POINT, Period.ZERO);
    }

    /**
     * @param offset added to the mid-point; negative to go before it
     * @return the placement
     */
    public static Placement fromMidPoint(Period offset) {
        return new Placement(Anchor.MID_POINT, offset);
    }

    /** @return the closing day itself */
    public static Placement atClosing() {
        return new Placement(Anchor.CLOSING, Period.ZERO);
    }

    /**
     * @param offset how long before the closing
     * @return the placement
     */
    public static Placement beforeClosing(Period offset) {
        return new Placement(Anchor.CLOSING, offset.negated());
    }

    /**
     * @param window a program window
     * @return the day this placement designates in that window; may fall outside it
     */
    public LocalDate resolve(ProgramWindow window) {
        return window.dateOf(anchor).plus(offset);
    }

    @Override
    public String toString() {
        return offset.isZero() ? anchor.toString() : anchor + (offset.isNegative() ? " " : " +") + offset;
    }
}

package io.elan.mentoring.core.program;

import java.time.LocalDate;

/**
 * Where a running program stands between kick-off and closing. The mid-point (mi-parcours) is not a state of its own:
 * it is the stretch of {@value #MID_POINT_HALF_WIDTH_DAYS} days either side of the middle day, computed from the dates.
 */
public enum RunningPhase {
    /** From kick-off to the mid-point: pairs settle in. */
    FIRST_HALF,
    /** Around the middle day: questionnaire, separate mentor and mentee tracks, joint time. */
    MID_POINT,
    /** From the mid-point to closing. */
    SECOND_HALF;

    /** Days either side of the middle day that belong to the mid-point. */
    public static final int MID_POINT_HALF_WIDTH_DAYS = 14;

    /**
     * @param definition the program's definition
     * @param day a day in the program's zone
     * @return the phase that day falls in; days before kick-off count as the first half, days after closing as the
     *     second
     */
    public static RunningPhase on(ProgramDefinition definition, LocalDate day) {
        LocalDate middle = definition.midPoint();
        if (day.isBefore(middle.minusDays(MID_POINT_HALF_WIDTH_DAYS))) {
            return FIRST_HALF;
        }
        if (day.isAfter(middle.plusDays(MID_POINT_HALF_WIDTH_DAYS))) {
            return SECOND_HALF;
        }
        return MID_POINT;
    }
}

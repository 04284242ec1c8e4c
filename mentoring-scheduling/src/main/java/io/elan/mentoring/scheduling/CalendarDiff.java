package io.elan.mentoring.scheduling;

import java.util.List;

/**
 * What re-planning changed in the future part of a calendar; the past is never part of it.
 *
 * @param added touchpoints that were not planned before
 * @param moved touchpoints planned before whose time, format or theme changed, before and after
 * @param cancelled touchpoints planned before and no longer in the calendar, with their SEQUENCE increased so that a
 *     CANCEL message supersedes the last invitation
 */
public record CalendarDiff(List<PlannedTouchpoint> added, List<Change> moved, List<PlannedTouchpoint> cancelled) {

    /** Copies the lists. */
    public CalendarDiff {
        added = List.copyOf(added);
        moved = List.copyOf(moved);
        cancelled = List.copyOf(cancelled);
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return added.isEmpty() && moved.isEmpty() && cancelled.isEmpty();
    }

    /**
     * One touchpoint before and after re-planning.
     *
     * @param before as it was planned
     * @param after as it is planned now, with its SEQUENCE increased
     */
    public record Change(PlannedTouchpoint before, PlannedTouchpoint after) {}
}

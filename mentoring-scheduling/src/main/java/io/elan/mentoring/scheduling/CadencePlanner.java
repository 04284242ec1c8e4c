package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.PlanningRun;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link CadencePlan} into a dated {@link ProgramCalendar} for one program, within the company's
 * {@link CompanyCalendar}, and re-plans it after a change while keeping the past as it was. Stateless and
 * thread-safe; the same inputs always give an equal calendar.
 *
 * <p>What the calendar guarantees: no touchpoint on a non-working day, a public holiday or a blackout day; every
 * touchpoint starts and ends within working hours, local time, its end being its start plus its duration whatever the
 * clock changes; no community gets the same meeting format twice in a row; collective meetings of a community are at
 * least the minimum spacing apart; and a community never goes longer than the maximum gap without one, or the calendar
 * reports the {@link UnfilledGap}. Occurrences that could not be kept are listed with their cause.
 */
public final class CadencePlanner {

    /** Creates a planner. */
    public CadencePlanner() {}

    /**
     * @param window the program's dates and zone
     * @param plan the rituals
     * @param constraints the company's calendar
     * @return the calendar
     * @throws InvalidValueException listing every ritual that cannot apply to this window: a placement outside the
     *     program, a recurrence that yields no date in it, a duration longer than the working hours
     */
    public ProgramCalendar plan(ProgramWindow window, CadencePlan plan, CompanyCalendar constraints) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(constraints, "constraints");
        return PlanningRun.plan(window, plan, constraints, List.of(), Set.of(), null);
    }

    /**
     * Checks, without planning, that every ritual of a plan can apply to a program's dates.
     *
     * @param window the program's dates and zone
     * @param plan the rituals
     * @param constraints the company's calendar
     * @return what {@link #plan(ProgramWindow, CadencePlan, CompanyCalendar)} would refuse, each violation naming
     *     the ritual ({@code rituals[<id>].placements[0]}) and the rule; empty when the plan applies
     */
    public List<Violation> check(ProgramWindow window, CadencePlan plan, CompanyCalendar constraints) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(constraints, "constraints");
        return PlanningRun.check(window, plan, constraints);
    }

    /**
     * When the anonymous questionnaire that prepares a touchpoint is open, as {@link ProgramCalendar#questionnaires()}
     * gives it: from the start of working hours on the day due to the end of working hours on the day due, each moved
     * to the working day before when that day is not available.
     *
     * @param window the program's dates and zone
     * @param constraints the company's calendar
     * @param touchpoint the touchpoint the questionnaire prepares
     * @param timing when it opens and closes, in days before the touchpoint
     * @return the questionnaire's window
     */
    public QuestionnaireWindow questionnaireWindow(ProgramWindow window, CompanyCalendar constraints,
            PlannedTouchpoint touchpoint, QuestionnaireTiming timing) {
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(timing, "timing");
        return PlanningRun.questionnaire(window, constraints, touchpoint, timing);
    }

    /**
     * Plans again after a change of dates, rules or constraints, or after touchpoints were cancelled by hand.
     * Touchpoints of {@code previous} that started before {@code now} stay exactly as they were; new ones start on
     * the day after {@code now} at the earliest. Each touchpoint whose time, format or theme changes gets its SEQUENCE
     * increased, so calendar clients replace the old version.
     *
     * @param previous the calendar planned before
     * @param window the program's dates and zone, possibly changed
     * @param plan the rituals, possibly changed; keep the ritual ids so that touchpoints keep their keys
     * @param constraints the company's calendar, possibly changed
     * @param now the instant of re-planning
     * @param cancelledKeys keys of touchpoints cancelled by hand; pass them again at every later re-planning
     * @return the new calendar and what changed
     * @throws InvalidValueException as {@link #plan(ProgramWindow, CadencePlan, CompanyCalendar)}
     */
    public Replan replan(ProgramCalendar previous, ProgramWindow window, CadencePlan plan,
            CompanyCalendar constraints, Instant now, Set<String> cancelledKeys) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(cancelledKeys, "cancelledKeys");
        List<PlannedTouchpoint> past = new ArrayList<>();
        Map<String, PlannedTouchpoint> before = new HashMap<>();
        for (PlannedTouchpoint touchpoint : previous.touchpoints()) {
            if (touchpoint.start().toInstant().isBefore(now)) {
                past.add(touchpoint);
            } else {
                before.put(touchpoint.key(), touchpoint);
            }
        }
        LocalDate firstDay = now.atZone(window.zone()).toLocalDate().plusDays(1);
        ProgramCalendar fresh = PlanningRun.plan(window, plan, constraints, past, Set.copyOf(cancelledKeys), firstDay);

        List<PlannedTouchpoint> touchpoints = new ArrayList<>(fresh.touchpoints().size());
        List<PlannedTouchpoint> added = new ArrayList<>();
        List<CalendarDiff.Change> moved = new ArrayList<>();
        for (PlannedTouchpoint touchpoint : fresh.touchpoints()) {
            if (touchpoint.start().toInstant().isBefore(now)) {
                touchpoints.add(touchpoint);
                continue;
            }
            PlannedTouchpoint old = before.remove(touchpoint.key());
            if (old == null) {
                added.add(touchpoint);
                touchpoints.add(touchpoint);
            } else if (sameOccurrence(old, touchpoint)) {
                touchpoints.add(touchpoint.withSequence(old.sequence()));
            } else {
                PlannedTouchpoint changed = touchpoint.withSequence(old.sequence() + 1);
                moved.add(new CalendarDiff.Change(old, changed));
                touchpoints.add(changed);
            }
        }
        List<PlannedTouchpoint> cancelled = before.values().stream()
                .sorted(Comparator.comparing((PlannedTouchpoint t) -> t.start().toInstant())
                        .thenComparing(PlannedTouchpoint::key))
                .map(t -> t.withSequence(t.sequence() + 1)).toList();
        ProgramCalendar calendar = new ProgramCalendar(window, touchpoints, fresh.questionnaires(), fresh.dropped(),
                fresh.unfilledGaps());
        return new Replan(calendar, new CalendarDiff(added, moved, cancelled));
    }

    private static boolean sameOccurrence(PlannedTouchpoint a, PlannedTouchpoint b) {
        return a.start().toInstant().equals(b.start().toInstant()) && a.end().toInstant().equals(b.end().toInstant())
                && a.format() == b.format() && a.theme().equals(b.theme()) && a.audience() == b.audience()
                && a.mode() == b.mode();
    }
}

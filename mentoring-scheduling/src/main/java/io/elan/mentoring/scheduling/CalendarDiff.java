package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.Texts;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What re-planning changed in the future part of a calendar; the past is never part of it.
 *
 * @param added touchpoints that were not planned before
 * @param moved touchpoints planned before whose time, format or theme changed, before and after
 * @param cancelled touchpoints planned before and no longer in the calendar, with their SEQUENCE increased so that a
 *     CANCEL message supersedes the last invitation
 */
public record CalendarDiff(List<PlannedTouchpoint> added, List<Change> moved, List<PlannedTouchpoint> cancelled) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Copies the lists.
     *
     * @param added touchpoints that were not planned before
     * @param moved touchpoints planned before whose time, format or theme changed, before and after
     * @param cancelled touchpoints planned before and no longer in the calendar, with their SEQUENCE increased so that
     *         a CANCEL message supersedes the last invitation
     */
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
     * What changed, one sentence per touchpoint for a program manager: the touchpoints added, then those moved (from
     * when to when, with what made them move), then those cancelled, each group in time order.
     *
     * @param locale the reader's locale
     * @return the sentences, such as {@code Moved: Workshop – Feedback, from Thursday 6 May 2027 12:00 to Friday 7
     *     May 2027 12:00 (Moved to Friday 7 May 2027 (next available day): Thursday 6 May 2027 is a public holiday
     *     (Ascension Day))}; one sentence saying nothing changed when the diff is empty
     */
    public List<String> describe(Locale locale) {
        if (isEmpty()) {
            return List.of(Texts.say(locale, "diff.none"));
        }
        List<String> lines = new ArrayList<>();
        for (PlannedTouchpoint touchpoint : inTimeOrder(added)) {
            lines.add(Texts.say(locale, "diff.added", when(touchpoint, locale), touchpoint.summary(locale)));
        }
        List<Change> changes = new ArrayList<>(moved);
        changes.sort(Comparator.comparing((Change c) -> c.after().start().toInstant())
                .thenComparing(c -> c.after().key()));
        for (Change change : changes) {
            PlannedTouchpoint before = change.before();
            PlannedTouchpoint after = change.after();
            StringBuilder line = new StringBuilder(Texts.say(locale, "diff.moved", before.summary(locale)));
            if (before.start().toInstant().equals(after.start().toInstant())
                    && before.end().toInstant().equals(after.end().toInstant())) {
                line.append(Texts.say(locale, "diff.moved.on", when(after, locale)));
            } else {
                line.append(Texts.say(locale, "diff.moved.fromTo", when(before, locale), when(after, locale)));
            }
            if (!before.summary(locale).equals(after.summary(locale))) {
                line.append(Texts.say(locale, "diff.moved.becomes", after.summary(locale)));
            }
            List<String> why = after.reasons().stream().filter(r -> !(r instanceof Reason.FromRule))
                    .map(r -> r.describe(locale)).toList();
            if (!why.isEmpty()) {
                line.append(" (").append(String.join(Texts.say(locale, "diff.separator"), why)).append(')');
            }
            lines.add(line.toString());
        }
        for (PlannedTouchpoint touchpoint : inTimeOrder(cancelled)) {
            lines.add(Texts.say(locale, "diff.cancelled", when(touchpoint, locale), touchpoint.summary(locale)));
        }
        return lines;
    }

    private static List<PlannedTouchpoint> inTimeOrder(List<PlannedTouchpoint> touchpoints) {
        List<PlannedTouchpoint> sorted = new ArrayList<>(touchpoints);
        sorted.sort(Comparator.comparing((PlannedTouchpoint t) -> t.start().toInstant())
                .thenComparing(PlannedTouchpoint::key));
        return sorted;
    }

    private static String when(PlannedTouchpoint touchpoint, Locale locale) {
        String day = Texts.day(touchpoint.start().toLocalDate(), locale) + " "
                + TIME.format(touchpoint.start());
        return touchpoint.duration().isZero() ? day : day + "–" + TIME.format(touchpoint.end());
    }

    /**
     * One touchpoint before and after re-planning.
     *
     * @param before as it was planned
     * @param after as it is planned now, with its SEQUENCE increased
     */
    public record Change(PlannedTouchpoint before, PlannedTouchpoint after) {}
}

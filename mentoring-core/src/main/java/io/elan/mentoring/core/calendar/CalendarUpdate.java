package io.elan.mentoring.core.calendar;

import io.elan.mentoring.scheduling.CalendarDiff;
import io.elan.mentoring.scheduling.ProgramCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What planning or re-planning a program's calendar did: the calendar as it now stands, and what changed in it.
 *
 * @param calendar the program's calendar: every touchpoint kept, past and future, each pair's follow-up calls
 *     included, with the questionnaire windows
 * @param diff the touchpoints added, moved and cancelled by this planning, each with its SEQUENCE as now stored
 */
public record CalendarUpdate(ProgramCalendar calendar, CalendarDiff diff) {
    /**
     * Checks that both parts are present.
     *
     * @param calendar the program's calendar: every touchpoint kept, past and future, each pair's follow-up calls
     *         included, with the questionnaire windows
     * @param diff the touchpoints added, moved and cancelled by this planning, each with its SEQUENCE as now stored
     */
    public CalendarUpdate {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(diff, "diff");
    }

    /** @return whether any touchpoint was added, moved or cancelled */
    public boolean changed() {
        return !diff.isEmpty();
    }

    /**
     * @param locale the reader's locale (French or English)
     * @return what changed, one sentence per touchpoint, as {@link CalendarDiff#describe(Locale)} writes it
     */
    public List<String> describe(Locale locale) {
        return diff.describe(locale);
    }
}

package io.elan.mentoring.scheduling.internal;

import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.spi.InvalidValueException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text form of {@link Recurrence#toText()}. */
public final class RecurrenceText {
    private static final String DAY = "(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
    private static final Pattern WEEKLY = Pattern.compile("every (?:week|([0-9]{1,2}) weeks)(?: on " + DAY + ")?");
    private static final Pattern MONTHLY = Pattern.compile("monthly on (first|second|third|fourth|last) " + DAY);
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final String RULE = "must read like every 3 weeks on THURSDAY, monthly on first TUESDAY or "
            + "RRULE:FREQ=WEEKLY;INTERVAL=2";

    private RecurrenceText() {}

    /**
     * @param text a recurrence's text form
     * @return the recurrence
     * @throws InvalidValueException naming {@code recurrence} if the text is not one of the forms
     */
    public static Recurrence parse(String text) {
        if (text == null) {
            throw new InvalidValueException("recurrence", RULE);
        }
        String value = text.strip();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            return Recurrence.rrule(value);
        }
        Matcher weekly = WEEKLY.matcher(value);
        if (weekly.matches()) {
            int weeks = weekly.group(1) == null ? 1 : Integer.parseInt(weekly.group(1));
            return weekly.group(2) == null ? Recurrence.everyWeeks(weeks)
                    : Recurrence.everyWeeks(weeks, DayOfWeek.valueOf(weekly.group(2)));
        }
        Matcher monthly = MONTHLY.matcher(value);
        if (monthly.matches()) {
            String ordinal = monthly.group(1).toLowerCase(Locale.ROOT);
            return Recurrence.monthlyOn(DayOfWeek.valueOf(monthly.group(2)),
                    "last".equals(ordinal) ? -1 : ORDINALS.indexOf(ordinal) + 1);
        }
        throw new InvalidValueException("recurrence", RULE, value);
    }
}

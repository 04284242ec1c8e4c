package io.elan.mentoring.scheduling.internal;

import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/** An RFC 5545 RRULE expanded over whole days by dmfs lib-recur. */
public final class RruleRecurrence implements Recurrence {
    /** A far bound that stops a rule whose dates all fall before the start from running forever. */
    private static final int MAX_INSTANCES = 100_000;
    /** Any fixed day works: it only serves to learn whether the rule can ever produce a date. */
    private static final LocalDate PROBE_START = LocalDate.of(2000, 1, 1);

    private final String text;
    private final RecurrenceRule rule;

    private RruleRecurrence(String text, RecurrenceRule rule) {
        this.text = text;
        this.rule = rule;
    }

    /**
     * @param rrule an RRULE value
     * @return the recurrence
     * @throws InvalidValueException naming the rule that is broken
     */
    public static RruleRecurrence parse(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            throw new InvalidValueException("recurrence", "must be an RRULE value such as FREQ=WEEKLY;INTERVAL=2");
        }
        String value = rrule.strip();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            value = value.substring(6);
        }
        RecurrenceRule parsed;
        try {
            parsed = new RecurrenceRule(value, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw new InvalidValueException("recurrence", "must be a valid RFC 5545 RRULE: " + e.getMessage(), value);
        }
        Freq freq = parsed.getFreq();
        if (freq == Freq.HOURLY || freq == Freq.MINUTELY || freq == Freq.SECONDLY) {
            throw new InvalidValueException("recurrence",
                    "must repeat by whole days at least (the time of day comes from the ritual), not " + freq, value);
        }
        for (RecurrenceRule.Part part : List.of(RecurrenceRule.Part.BYHOUR, RecurrenceRule.Part.BYMINUTE,
                RecurrenceRule.Part.BYSECOND)) {
            if (parsed.hasPart(part)) {
                throw new InvalidValueException("recurrence",
                        "must not use " + part + ": the time of day comes from the ritual", value);
            }
        }
        if (parsed.getUntil() != null && !parsed.getUntil().isAllDay()) {
            throw new InvalidValueException("recurrence", "UNTIL must be a date (yyyyMMdd), not a date-time", value);
        }
        RruleRecurrence recurrence = new RruleRecurrence(value, parsed);
        if (parsed.getUntil() == null && recurrence.between(PROBE_START, PROBE_START.plusYears(400)).isEmpty()) {
            throw new InvalidValueException("recurrence", "never yields a date", value);
        }
        return recurrence;
    }

    @Override
    public List<LocalDate> between(LocalDate start, LocalDate last) {
        List<LocalDate> dates = new ArrayList<>();
        if (last.isBefore(start)) {
            return dates;
        }
        RecurrenceRuleIterator iterator;
        try {
            iterator = rule.iterator(new DateTime(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth()));
        } catch (IllegalArgumentException noInstance) {
            // lib-recur refuses to start a rule whose filters reject every candidate: it has no date at all.
            return dates;
        }
        int seen = 0;
        while (iterator.hasNext() && seen++ < MAX_INSTANCES) {
            DateTime next = iterator.nextDateTime();
            LocalDate date = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
            if (date.isAfter(last)) {
                break;
            }
            if (!date.isBefore(start) && (dates.isEmpty() || date.isAfter(dates.get(dates.size() - 1)))) {
                dates.add(date);
            }
        }
        return dates;
    }

    @Override
    public String toRrule() {
        return text;
    }

    @Override
    public LocalizedText describe() {
        return Texts.localized("timing.rrule", language -> new Object[] {text});
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RruleRecurrence that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "RRULE:" + text;
    }
}

package io.elan.mentoring.scheduling.ics;

import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.Reason;
import io.elan.mentoring.scheduling.AgendaPart;
import io.elan.mentoring.scheduling.internal.IcsLines;
import io.elan.mentoring.scheduling.internal.Texts;
import io.elan.mentoring.scheduling.internal.VTimezoneWriter;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes touchpoints as an iCalendar object (RFC 5545) that calendar clients import: METHOD PUBLISH for a read-only
 * calendar, REQUEST to invite the organizer's attendees (iTIP, RFC 5546) and CANCEL to call touchpoints off. Times are
 * written in the program's zone with a VTIMEZONE built from {@code java.time} rules; each touchpoint keeps the same
 * UID from one export to the next and its SEQUENCE grows with each change, so clients update rather than duplicate.
 * Immutable and thread-safe.
 */
public final class IcsWriter {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PRODUCT = "-//Élan//Mentoring scheduling//EN";

    private final Locale locale;

    private IcsWriter(Locale locale) {
        this.locale = locale;
    }

    /**
     * @param locale the language of summaries and descriptions (French or English)
     * @return a writer
     */
    public static IcsWriter of(Locale locale) {
        return new IcsWriter(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * @param program the program, part of every UID
     * @param calendar the calendar to publish
     * @param stamp when the export is made (DTSTAMP), from the caller's clock
     * @return the iCalendar object, METHOD PUBLISH
     */
    public String publish(ProgramId program, ProgramCalendar calendar, Instant stamp) {
        return write("PUBLISH", program, calendar.touchpoints(), calendar.window().zone(), stamp, null, t -> List.of());
    }

    /**
     * @param program the program, part of every UID
     * @param touchpoints the touchpoints to invite to, such as the calendar's or a diff's added and moved ones
     * @param zone the program's zone
     * @param organizer who sends the invitations
     * @param attendees the people of each community; each touchpoint invites those of its audience
     * @param stamp when the export is made (DTSTAMP), from the caller's clock
     * @return the iCalendar object, METHOD REQUEST
     */
    public String request(ProgramId program, List<PlannedTouchpoint> touchpoints, ZoneId zone,
            CalendarParty organizer, Map<Role, List<CalendarParty>> attendees, Instant stamp) {
        Objects.requireNonNull(attendees, "attendees");
        return request(program, touchpoints, zone, organizer, t -> attendeesOf(t, attendees), stamp);
    }

    /**
     * Invitations where each touchpoint names its own attendees, such as a pair's follow-up call inviting the pair's
     * two members.
     *
     * @param program the program, part of every UID
     * @param touchpoints the touchpoints to invite to
     * @param zone the program's zone
     * @param organizer who sends the invitations
     * @param attendees the people each touchpoint invites, in the order they are written
     * @param stamp when the export is made (DTSTAMP), from the caller's clock
     * @return the iCalendar object, METHOD REQUEST
     */
    public String request(ProgramId program, List<PlannedTouchpoint> touchpoints, ZoneId zone,
            CalendarParty organizer, Function<PlannedTouchpoint, ? extends Collection<CalendarParty>> attendees,
            Instant stamp) {
        return write("REQUEST", program, touchpoints, zone, stamp, Objects.requireNonNull(organizer, "organizer"),
                Objects.requireNonNull(attendees, "attendees"));
    }

    /**
     * @param program the program, part of every UID
     * @param cancelled the touchpoints called off, with the SEQUENCE they had increased, such as a diff's cancelled
     * @param zone the program's zone
     * @param organizer who sent the invitations
     * @param attendees the people of each community; each cancellation goes to those of its audience
     * @param stamp when the export is made (DTSTAMP), from the caller's clock
     * @return the iCalendar object, METHOD CANCEL
     */
    public String cancel(ProgramId program, List<PlannedTouchpoint> cancelled, ZoneId zone, CalendarParty organizer,
            Map<Role, List<CalendarParty>> attendees, Instant stamp) {
        Objects.requireNonNull(attendees, "attendees");
        return cancel(program, cancelled, zone, organizer, t -> attendeesOf(t, attendees), stamp);
    }

    /**
     * Cancellations where each touchpoint names its own attendees.
     *
     * @param program the program, part of every UID
     * @param cancelled the touchpoints called off, with the SEQUENCE they had increased
     * @param zone the program's zone
     * @param organizer who sent the invitations
     * @param attendees the people each touchpoint had invited
     * @param stamp when the export is made (DTSTAMP), from the caller's clock
     * @return the iCalendar object, METHOD CANCEL
     */
    public String cancel(ProgramId program, List<PlannedTouchpoint> cancelled, ZoneId zone, CalendarParty organizer,
            Function<PlannedTouchpoint, ? extends Collection<CalendarParty>> attendees, Instant stamp) {
        return write("CANCEL", program, cancelled, zone, stamp, Objects.requireNonNull(organizer, "organizer"),
                Objects.requireNonNull(attendees, "attendees"));
    }

    /**
     * @param program the program
     * @param touchpoint a touchpoint
     * @return the UID the touchpoint has in every export
     */
    public static String uid(ProgramId program, PlannedTouchpoint touchpoint) {
        return touchpoint.key() + "." + program.value() + "@elan-mentoring";
    }

    private String write(String method, ProgramId program, List<PlannedTouchpoint> touchpoints, ZoneId zone,
            Instant stamp, @Nullable CalendarParty organizer,
            Function<PlannedTouchpoint, ? extends Collection<CalendarParty>> attendees) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(zone, "zone");
        List<PlannedTouchpoint> sorted = new ArrayList<>(touchpoints);
        sorted.sort(Comparator.comparing((PlannedTouchpoint t) -> t.start().toInstant())
                .thenComparing(PlannedTouchpoint::key));
        IcsLines lines = new IcsLines();
        lines.line("BEGIN:VCALENDAR");
        lines.line("VERSION:2.0");
        lines.text("PRODID", PRODUCT);
        lines.line("CALSCALE:GREGORIAN");
        lines.line("METHOD:" + method);
        if (!sorted.isEmpty()) {
            Instant from = sorted.get(0).start().toInstant();
            Instant to = sorted.stream().map(t -> t.end().toInstant()).max(Comparator.naturalOrder()).orElse(from);
            VTimezoneWriter.write(lines, zone, from, to);
        }
        String dtstamp = UTC.format(stamp);
        for (PlannedTouchpoint touchpoint : sorted) {
            event(lines, method, program, touchpoint, zone, dtstamp, organizer, attendees);
        }
        lines.line("END:VCALENDAR");
        return lines.content();
    }

    private void event(IcsLines lines, String method, ProgramId program, PlannedTouchpoint touchpoint, ZoneId zone,
            String dtstamp, @Nullable CalendarParty organizer,
            Function<PlannedTouchpoint, ? extends Collection<CalendarParty>> attendees) {
        String tzid = "TZID=" + IcsLines.param(zone.getId());
        lines.line("BEGIN:VEVENT");
        lines.text("UID", uid(program, touchpoint));
        lines.line("DTSTAMP:" + dtstamp);
        lines.line("DTSTART;" + tzid + ":" + local(touchpoint.start(), zone));
        if (!touchpoint.duration().isZero()) {
            lines.line("DTEND;" + tzid + ":" + local(touchpoint.end(), zone));
        }
        lines.line("SEQUENCE:" + touchpoint.sequence());
        lines.text("SUMMARY", touchpoint.summary(locale));
        lines.text("DESCRIPTION", description(touchpoint));
        lines.text("CATEGORIES", touchpoint.format().name());
        lines.line("STATUS:" + ("CANCEL".equals(method) ? "CANCELLED" : "CONFIRMED"));
        lines.line("TRANSP:" + (touchpoint.duration().isZero() ? "TRANSPARENT" : "OPAQUE"));
        if (organizer != null) {
            lines.line("ORGANIZER;CN=" + IcsLines.param(organizer.name()) + ":mailto:" + organizer.email());
            for (CalendarParty attendee : new LinkedHashSet<>(attendees.apply(touchpoint))) {
                lines.line("ATTENDEE;CN=" + IcsLines.param(attendee.name()) + ";ROLE=REQ-PARTICIPANT"
                        + ("REQUEST".equals(method) ? ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE" : "")
                        + ":mailto:" + attendee.email());
            }
        }
        lines.line("END:VEVENT");
    }

    private static List<CalendarParty> attendeesOf(PlannedTouchpoint touchpoint,
            Map<Role, List<CalendarParty>> attendees) {
        List<CalendarParty> invited = new ArrayList<>();
        for (Role role : Role.values()) {
            if (touchpoint.concerns(role)) {
                invited.addAll(attendees.getOrDefault(role, List.of()));
            }
        }
        return invited;
    }

    private String description(PlannedTouchpoint touchpoint) {
        StringBuilder text = new StringBuilder();
        text.append(Texts.say(locale, "ics.for", touchpoint.people().isEmpty()
                ? Texts.audience(touchpoint.audience()).in(locale) : String.join(", ", touchpoint.people())));
        for (AgendaPart segment : touchpoint.segments()) {
            ZonedDateTime start = touchpoint.start().plus(segment.offset());
            text.append('\n').append(start.toLocalTime()).append('–')
                    .append(start.plus(segment.length()).toLocalTime()).append(' ').append(segment.title().in(locale));
        }
        for (Reason reason : touchpoint.reasons()) {
            text.append('\n').append(reason.describe(locale));
        }
        return text.toString();
    }

    private static String local(ZonedDateTime time, ZoneId zone) {
        return LOCAL.format(time.withZoneSameInstant(zone));
    }
}

package io.elan.mentoring.scheduling.ics;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.CadencePlanner;
import io.elan.mentoring.scheduling.HolidayCalendar;
import io.elan.mentoring.scheduling.Placement;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.Replan;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.text.LocalizedText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every .ics written is read back with ical4j, an independent RFC 5545 parser. */
class IcsWriterTest {
    static final ProgramId PROGRAM = ProgramId.of("acme-2026");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    static final Instant STAMP = Instant.parse("2026-09-01T08:00:00Z");
    static final CalendarParty ORGANIZER = new CalendarParty("Claire Dubois, RH", "claire.dubois@example.com");
    static final Map<Role, List<CalendarParty>> PEOPLE = Map.of(
            Role.MENTOR, List.of(new CalendarParty("Jean Mentor", "jean@example.com")),
            Role.MENTEE, List.of(new CalendarParty("Zoé Mentorée", "zoe@example.com"),
                    new CalendarParty("Ana \"Nana\" Lopes", "ana@example.com")));

    static ProgramCalendar preset() {
        return new CadencePlanner().plan(TenMonthPreset.tenMonthWindow(LocalDate.of(2026, 9, 15), PARIS),
                TenMonthPreset.tenMonths(), CompanyCalendar.builder().blackout(TenMonthPreset.yearEndBreak(2026)).build());
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j could not parse:\n" + ics, e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer component, String name) {
        return component.getPropertyList().getAll().stream().filter(p -> p.getName().equals(name)).map(Property::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    static List<String> values(net.fortuna.ical4j.model.PropertyContainer component, String name) {
        return component.getPropertyList().getAll().stream().filter(p -> p.getName().equals(name)).map(Property::getValue)
                .toList();
    }

    /**
     * The instant a DATE-TIME property with a TZID designates, read through the calendar's own VTIMEZONE by RFC 5545
     * semantics (the first of two instants when a local time occurs twice). ical4j's {@code getDate()} is not used:
     * ical4j 4.1.1 converts a VTIMEZONE to java.time rules with its transitions on the wrong days (a
     * {@code BYDAY=2SU} observance changes on its DTSTART's day of the month every year), so it cannot serve as a
     * reference.
     */
    static Instant instantOf(Calendar calendar, net.fortuna.ical4j.model.component.CalendarComponent event,
            String name) {
        Property property = event.getPropertyList().getAll().stream().filter(p -> p.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name));
        String tzid = property.getParameter("TZID").map(p -> p.getValue())
                .orElseThrow(() -> new AssertionError(name + " has no TZID"));
        VTimeZone vtimezone = calendar.getComponents().stream().filter(VTimeZone.class::isInstance)
                .map(VTimeZone.class::cast).filter(v -> value(v, "TZID").equals(tzid)).findFirst()
                .orElseThrow(() -> new AssertionError("no VTIMEZONE " + tzid));
        LocalDateTime local = LocalDateTime.parse(property.getValue(), LOCAL);
        return vtimezone.getObservances().stream()
                .flatMap(o -> java.util.stream.Stream.of(value(o, "TZOFFSETFROM"), value(o, "TZOFFSETTO")))
                .map(ZoneOffset::of).map(local::toInstant).filter(i -> offsetAt(vtimezone, i).equals(
                        ZoneOffset.ofTotalSeconds((int) java.time.Duration.between(i, local.toInstant(
                                ZoneOffset.UTC)).getSeconds())))
                .min(Instant::compareTo).orElseThrow(() -> new AssertionError("no offset fits " + local));
    }

    /**
     * The offset a VTIMEZONE gives at an instant, by RFC 5545 section 3.6.5: each observance starts at its DTSTART and
     * at each RRULE date (expanded here by ical4j's {@code Recur}), a local time read in TZOFFSETFROM; the latest start
     * not after the instant gives TZOFFSETTO. ical4j's own {@code TimeZone.getOffset(long)} is not used: it moves
     * offsets at the wrong instant, so it cannot serve as a reference.
     */
    static ZoneOffset offsetAt(VTimeZone vtimezone, Instant at) {
        Instant latest = null;
        ZoneOffset offset = null;
        for (Observance observance : vtimezone.getObservances()) {
            LocalDateTime start = LocalDateTime.parse(value(observance, "DTSTART"), LOCAL);
            ZoneOffset from = ZoneOffset.of(value(observance, "TZOFFSETFROM"));
            List<String> rrule = values(observance, "RRULE");
            List<LocalDateTime> onsets = rrule.isEmpty() ? List.of(start)
                    : new Recur<LocalDateTime>(rrule.get(0)).getDates(start, start,
                            LocalDateTime.ofInstant(at, ZoneOffset.UTC).plusDays(2));
            for (LocalDateTime onset : onsets) {
                Instant instant = onset.toInstant(from);
                if (!instant.isAfter(at) && (latest == null || instant.isAfter(latest))) {
                    latest = instant;
                    offset = ZoneOffset.of(value(observance, "TZOFFSETTO"));
                }
            }
        }
        assertThat(offset).as("an observance in force at %s", at).isNotNull();
        return offset;
    }

    static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    @DisplayName("a published calendar reads back with the same UIDs, instants, sequences and summaries")
    void publishRoundTrip() {
        ProgramCalendar calendar = preset();
        String ics = IcsWriter.of(Locale.FRENCH).publish(PROGRAM, calendar, STAMP);
        Calendar parsed = parse(ics);
        assertThat(value(parsed, "METHOD")).isEqualTo("PUBLISH");
        List<VEvent> events = events(parsed);
        assertThat(events).hasSameSizeAs(calendar.touchpoints());
        for (int i = 0; i < events.size(); i++) {
            VEvent event = events.get(i);
            PlannedTouchpoint touchpoint = calendar.touchpoints().get(i);
            assertThat(value(event, "UID")).isEqualTo(touchpoint.key() + ".acme-2026@elan-mentoring");
            assertThat(instantOf(parsed, event, "DTSTART")).as(touchpoint.key())
                    .isEqualTo(touchpoint.start().toInstant());
            if (touchpoint.duration().isZero()) {
                assertThat(values(event, "DTEND")).isEmpty();
            } else {
                assertThat(instantOf(parsed, event, "DTEND")).as(touchpoint.key())
                        .isEqualTo(touchpoint.end().toInstant());
            }
            assertThat(value(event, "SEQUENCE")).isEqualTo("0");
            assertThat(value(event, "SUMMARY")).isEqualTo(touchpoint.summary(Locale.FRENCH));
            assertThat(value(event, "DTSTAMP")).isEqualTo("20260901T080000Z");
            assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        }
        assertThat(IcsWriter.of(Locale.FRENCH).publish(PROGRAM, calendar, STAMP)).isEqualTo(ics);
    }

    @Test
    @DisplayName("the VTIMEZONE uses yearly rules for Europe/Paris and gives java.time's offsets")
    void vtimezoneForParis() {
        String ics = IcsWriter.of(Locale.ENGLISH).publish(PROGRAM, preset(), STAMP);
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n")
                .contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n");
        VTimeZone vtimezone = parse(ics).getComponents().stream().filter(VTimeZone.class::isInstance)
                .map(VTimeZone.class::cast).findFirst().orElseThrow();
        for (Instant at = Instant.parse("2026-09-15T00:00:00Z"); at.isBefore(Instant.parse("2027-07-16T00:00:00Z"));
                at = at.plusSeconds(7 * 3600)) {
            assertThat(offsetAt(vtimezone, at)).as(at.toString()).isEqualTo(PARIS.getRules().getOffset(at));
        }
        Instant change = Instant.parse("2026-10-25T01:00:00Z");
        assertThat(offsetAt(vtimezone, change.minusSeconds(1))).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(offsetAt(vtimezone, change)).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    @DisplayName("lines end in CRLF, fold at 75 octets on character boundaries, and unfold to the original text")
    void foldingAndEscaping() throws CharacterCodingException {
        RitualRule rule = RitualRule.builder("long-theme").format(Format.WEBINAR_FOCUS).at(Placement.atMidPoint())
                .themes(LocalizedText.of("Écoute, feedback; questionnement\\réflexion — «\u00a0décris-moi ton poste\u00a0» "
                        + "et ses défis\nsur deux lignes, avec des accents éèàùç et un emoji 🙂 pour finir",
                        "Listening, feedback; questions"))
                .build();
        ProgramCalendar calendar = new CadencePlanner().plan(
                ProgramWindow.of(LocalDate.of(2026, 9, 15), LocalDate.of(2027, 7, 15), PARIS),
                CadencePlan.builder().ritual(rule).build(),
                CompanyCalendar.builder().holidays(HolidayCalendar.none()).build());
        String ics = IcsWriter.of(Locale.FRENCH).publish(PROGRAM, calendar, STAMP);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        for (String line : ics.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            decoder.decode(ByteBuffer.wrap(octets));
        }
        assertThat(ics).contains("\r\n ");
        PlannedTouchpoint touchpoint = calendar.touchpoints().get(0);
        VEvent event = events(parse(ics)).get(0);
        assertThat(value(event, "SUMMARY")).isEqualTo(touchpoint.summary(Locale.FRENCH));
        assertThat(value(event, "DESCRIPTION")).startsWith("Pour\u00a0: mentors et mentorés\n");
    }

    @Test
    @DisplayName("an invitation names the organizer and invites only the communities each touchpoint is for")
    void request() {
        ProgramCalendar calendar = preset();
        List<PlannedTouchpoint> invited = List.of(calendar.ofRitual(TenMonthPreset.MENTOR_MESSAGES).get(0),
                calendar.find(TenMonthPreset.MID_POINT).orElseThrow());
        String ics = IcsWriter.of(Locale.FRENCH).request(PROGRAM, invited, PARIS, ORGANIZER, PEOPLE, STAMP);
        assertThat(unfold(ics)).contains("ORGANIZER;CN=\"Claire Dubois, RH\":mailto:claire.dubois@example.com\r\n");
        Calendar parsed = parse(ics);
        assertThat(value(parsed, "METHOD")).isEqualTo("REQUEST");
        List<VEvent> events = events(parsed);
        assertThat(values(events.get(0), "ATTENDEE")).containsExactly("mailto:jean@example.com");
        assertThat(values(events.get(1), "ATTENDEE"))
                .containsExactly("mailto:jean@example.com", "mailto:zoe@example.com", "mailto:ana@example.com");
        assertThat(value(events.get(1), "DESCRIPTION"))
                .contains("14:00–15:45 Mentors\u00a0: partage et analyse de pratiques")
                .contains("15:45–17:00 Temps de rencontre mentors–mentorés");
        assertThat(unfold(ics)).contains("RSVP=TRUE").contains("CN=Ana 'Nana' Lopes");
    }

    @Test
    @DisplayName("a touchpoint for named people says who in its description and invites exactly its own attendees")
    void perTouchpointAttendees() {
        PlannedTouchpoint round = preset().ofRitual(TenMonthPreset.FOLLOW_UP_CALLS).get(0);
        PlannedTouchpoint pairCall = new PlannedTouchpoint("call.pair-1", round.ruleId(),
                LocalizedText.of("Appel de suivi – Jean Mentor & Zoé Mentorée",
                        "Follow-up call – Jean Mentor & Zoé Mentorée"),
                round.format(), Audience.BOTH, round.mode(), round.theme(), round.start(), round.end(), List.of(),
                round.reasons(), 0, List.of("Jean Mentor", "Zoé Mentorée"));
        CalendarParty jean = PEOPLE.get(Role.MENTOR).get(0);
        CalendarParty zoe = PEOPLE.get(Role.MENTEE).get(0);
        String ics = IcsWriter.of(Locale.FRENCH).request(PROGRAM, List.of(pairCall, round), PARIS, ORGANIZER,
                t -> t == pairCall ? List.of(jean, zoe, jean) : List.of(), STAMP);
        List<VEvent> events = events(parse(ics));
        VEvent call = events.stream().filter(e -> value(e, "UID").startsWith("call.pair-1.")).findFirst()
                .orElseThrow();
        assertThat(values(call, "ATTENDEE")).containsExactly("mailto:jean@example.com", "mailto:zoe@example.com");
        assertThat(value(call, "SUMMARY")).isEqualTo("Appel de suivi – Jean Mentor & Zoé Mentorée – "
                + round.theme().in(Locale.FRENCH));
        assertThat(value(call, "DESCRIPTION")).startsWith("Pour\u00a0: Jean Mentor, Zoé Mentorée\n");
        VEvent other = events.stream().filter(e -> e != call).findFirst().orElseThrow();
        assertThat(values(other, "ATTENDEE")).isEmpty();
        assertThat(value(other, "DESCRIPTION")).startsWith("Pour\u00a0: mentors et mentorés\n");
    }

    @Test
    @DisplayName("after re-planning, moved touchpoints keep their UID with a higher SEQUENCE, cancelled ones are "
            + "sent as CANCEL")
    void sequencesAndCancellation() {
        ProgramCalendar before = preset();
        ProgramWindow window = before.window();
        CompanyCalendar constraints = CompanyCalendar.builder().blackout(TenMonthPreset.yearEndBreak(2026))
                .build();
        CadencePlan plan = TenMonthPreset.tenMonths();
        Instant now = Instant.parse("2026-11-01T12:00:00Z");
        Replan replan = new CadencePlanner().replan(before, window, plan, constraints, now, Set.of("workshops-04"));
        assertThat(replan.diff().cancelled()).extracting(PlannedTouchpoint::key).containsExactly("workshops-04");
        String cancel = IcsWriter.of(Locale.FRENCH).cancel(PROGRAM, replan.diff().cancelled(), PARIS, ORGANIZER,
                PEOPLE, STAMP);
        VEvent cancelled = events(parse(cancel)).get(0);
        assertThat(value(parse(cancel), "METHOD")).isEqualTo("CANCEL");
        assertThat(value(cancelled, "UID")).isEqualTo("workshops-04.acme-2026@elan-mentoring");
        assertThat(value(cancelled, "SEQUENCE")).isEqualTo("1");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");

        ProgramWindow later = ProgramWindow.of(window.kickOff(), window.closing().plusWeeks(2), PARIS);
        Replan moved = new CadencePlanner().replan(replan.calendar(), later, plan, constraints, now,
                Set.of("workshops-04"));
        PlannedTouchpoint closing = moved.calendar().find(TenMonthPreset.CLOSING).orElseThrow();
        assertThat(closing.sequence()).isEqualTo(1);
        String request = IcsWriter.of(Locale.FRENCH).request(PROGRAM, List.of(closing), PARIS, ORGANIZER, PEOPLE,
                STAMP);
        Calendar parsedRequest = parse(request);
        VEvent event = events(parsedRequest).get(0);
        assertThat(value(event, "UID")).isEqualTo("closing.acme-2026@elan-mentoring");
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(instantOf(parsedRequest, event, "DTSTART")).isEqualTo(closing.start().toInstant());
        assertThat(closing.audience()).isEqualTo(Audience.BOTH);
        assertThat(moved.calendar().window().closing()).isEqualTo(window.closing().plus(Period.ofWeeks(2)));
    }
}

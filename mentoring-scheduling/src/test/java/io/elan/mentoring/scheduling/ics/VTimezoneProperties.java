package io.elan.mentoring.scheduling.ics;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.CadencePlanner;
import io.elan.mentoring.scheduling.HolidayCalendar;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.PlanningConstraints;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.spi.program.Format;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For any zone and program dates, the VTIMEZONE written gives java.time's offsets, and the instants read back from the
 * parsed events through it are the planned ones.
 */
class VTimezoneProperties {
    private static final List<ZoneId> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
            .filter(id -> !id.contains("~")) // ical4j registers the zones it reads under "ical4j~<uuid>"
            .map(ZoneId::of).toList();
    private static final CadencePlan WEEKLY = CadencePlan.builder().ritual(RitualRule.builder("weekly")
            .rotate(Format.WEBINAR_FOCUS, Format.INSPIRATION_CAPSULE).recurrence(Recurrence.everyWeeks(1)).build())
            .build();

    @Property(tries = 50)
    void offsetsAndInstantsSurviveTheRoundTrip(@ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 0, max = 365 * 6) int startDay) {
        LocalDate kickOff = LocalDate.of(2025, 1, 1).plusDays(startDay);
        ProgramCalendar calendar = new CadencePlanner().plan(ProgramWindow.of(kickOff, kickOff.plusMonths(10), zone),
                WEEKLY, PlanningConstraints.builder().holidays(HolidayCalendar.none()).build());
        String ics = IcsWriter.of(Locale.ENGLISH).publish(IcsWriterTest.PROGRAM, calendar, IcsWriterTest.STAMP);
        Calendar parsed = IcsWriterTest.parse(ics);
        VTimeZone vtimezone = parsed.getComponents().stream().filter(VTimeZone.class::isInstance)
                .map(VTimeZone.class::cast).findFirst().orElseThrow();
        Instant first = calendar.touchpoints().get(0).start().toInstant();
        Instant last = calendar.touchpoints().get(calendar.touchpoints().size() - 1).end().toInstant();
        for (Instant at = first; at.isBefore(last); at = at.plus(13, ChronoUnit.HOURS)) {
            assertThat(IcsWriterTest.offsetAt(vtimezone, at)).as("%s at %s", zone, at)
                    .isEqualTo(zone.getRules().getOffset(at));
        }
        List<VEvent> events = IcsWriterTest.events(parsed);
        List<PlannedTouchpoint> touchpoints = calendar.touchpoints();
        assertThat(events).hasSameSizeAs(touchpoints);
        for (int i = 0; i < events.size(); i++) {
            assertThat(IcsWriterTest.instantOf(parsed, events.get(i), "DTSTART"))
                    .isEqualTo(touchpoints.get(i).start().toInstant());
            assertThat(IcsWriterTest.instantOf(parsed, events.get(i), "DTEND"))
                    .isEqualTo(touchpoints.get(i).end().toInstant());
        }
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.oneOf(Arbitraries.of(ZONES), Arbitraries.of(ZoneId.of("Europe/Paris"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"), ZoneId.of("Africa/Casablanca"),
                ZoneId.of("Pacific/Chatham"), ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Tehran")));
    }
}

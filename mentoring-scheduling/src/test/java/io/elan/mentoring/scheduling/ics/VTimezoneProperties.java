package io.elan.mentoring.scheduling.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.CadencePlanner;
import io.elan.mentoring.scheduling.HolidayCalendar;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.Zones;
import io.elan.mentoring.spi.program.Format;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * For any zone and program dates, the VTIMEZONE written gives java.time's offsets, and the instants read back from the
 * parsed events through it are the planned ones.
 */
class VTimezoneProperties {
    private static final CadencePlan WEEKLY = CadencePlan.builder().ritual(RitualRule.builder("weekly")
            .rotate(Format.WEBINAR_FOCUS, Format.INSPIRATION_CAPSULE).recurrence(Recurrence.everyWeeks(1)).build())
            .build();

    @Test
    @DisplayName("for any zone and program dates, the VTIMEZONE written gives java.time's offsets and the events read "
            + "back through it start and end at the planned instants")
    void offsetsAndInstantsSurviveTheRoundTrip() {
        qt().withExamples(50).withShrinkCycles(500).forAll(Zones.any(), integers().between(0, 365 * 6))
                .checkAssert(VTimezoneProperties::offsetsAndInstantsSurviveTheRoundTrip);
    }

    private static void offsetsAndInstantsSurviveTheRoundTrip(ZoneId zone, int startDay) {
        LocalDate kickOff = LocalDate.of(2025, 1, 1).plusDays(startDay);
        ProgramCalendar calendar = new CadencePlanner().plan(ProgramWindow.of(kickOff, kickOff.plusMonths(10), zone),
                WEEKLY, CompanyCalendar.builder().holidays(HolidayCalendar.none()).build());
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
}

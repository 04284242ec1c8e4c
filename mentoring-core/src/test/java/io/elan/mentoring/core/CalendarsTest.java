package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.calendar.CalendarUpdate;
import io.elan.mentoring.core.calendar.Calendars;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.event.CalendarPlanned;
import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.Reason;
import io.elan.mentoring.scheduling.ics.CalendarParty;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The calendar service: what planning stores, how the calendar follows the program, and what it refuses. */
class CalendarsTest {
    private final EngineFixture fixture = new EngineFixture();

    private Calendars calendars() {
        return fixture.acme().calendar();
    }

    private List<PlannedTouchpoint> calls(ProgramCalendar calendar) {
        return calendar.touchpoints().stream().filter(t -> t.format() == Format.CHECKPOINT_CALL).toList();
    }

    private static LocalDateTime local(PlannedTouchpoint touchpoint) {
        return touchpoint.start().toLocalDateTime();
    }

    private void runningOn(String instant) {
        fixture.clock.set(Instant.parse("2027-01-11T07:00:00Z"));
        fixture.acme().programs().markReady(SPRING);
        fixture.acme().programs().start(SPRING);
        fixture.clock.set(Instant.parse(instant));
    }

    @Nested
    @DisplayName("planning")
    class Planning {
        @Test
        @DisplayName("stores every touchpoint once, tells the listeners once, and changes nothing when planned again")
        void planOnce() {
            fixture.enrollingProgramWithPairs(3);
            fixture.newEvents();
            CalendarUpdate first = calendars().plan(SPRING);
            assertThat(first.diff().added()).hasSameSizeAs(first.calendar().touchpoints()).isNotEmpty();
            assertThat(fixture.store.touchpoints(ACME, SPRING)).hasSameSizeAs(first.calendar().touchpoints())
                    .allSatisfy(t -> {
                        assertThat(t.version()).isEqualTo(1);
                        assertThat(t.status()).isEqualTo(TouchpointStatus.PLANNED);
                    });
            assertThat(fixture.newEvents()).singleElement().isInstanceOf(CalendarPlanned.class);

            CalendarUpdate again = calendars().plan(SPRING);
            assertThat(again.changed()).isFalse();
            assertThat(again.describe(Locale.ENGLISH)).containsExactly("No change.");
            assertThat(fixture.newEvents()).isEmpty();
            assertThat(again.calendar().touchpoints()).extracting(PlannedTouchpoint::key)
                    .isEqualTo(first.calendar().touchpoints().stream().map(PlannedTouchpoint::key).toList());
            assertThat(calendars().calendar(SPRING)).isEqualTo(again.calendar());
        }

        @Test
        @DisplayName("each pair gets one call per follow-up window, the pairs dealt over the window's working days")
        void callsPerPair() {
            fixture.enrollingProgramWithPairs(12);
            ProgramCalendar calendar = calendars().plan(SPRING).calendar();
            List<PlannedTouchpoint> calls = calls(calendar);
            assertThat(calls).hasSize(24).allSatisfy(call -> {
                assertThat(call.people()).hasSize(2);
                assertThat(call.duration().toMinutes()).isEqualTo(30);
            });
            // Around month 2: 11 March 2027 (a Thursday) to 24 March, ten working days.
            List<PlannedTouchpoint> first = calls.stream().filter(c -> c.key().startsWith("follow-up/m2/"))
                    .toList();
            assertThat(first).hasSize(12);
            assertThat(calendar.find("follow-up/m2/pair-00001").map(CalendarsTest::local))
                    .contains(LocalDateTime.of(2027, 3, 11, 9, 0));
            assertThat(calendar.find("follow-up/m2/pair-00002").map(CalendarsTest::local))
                    .contains(LocalDateTime.of(2027, 3, 12, 9, 0));
            assertThat(calendar.find("follow-up/m2/pair-00003").map(CalendarsTest::local))
                    .contains(LocalDateTime.of(2027, 3, 15, 9, 0));
            assertThat(calendar.find("follow-up/m2/pair-00010").map(CalendarsTest::local))
                    .contains(LocalDateTime.of(2027, 3, 24, 9, 0));
            assertThat(calendar.find("follow-up/m2/pair-00011").map(CalendarsTest::local))
                    .contains(LocalDateTime.of(2027, 3, 11, 9, 30));
            assertThat(calendar.find("follow-up/m2/pair-00001").orElseThrow().people())
                    .containsExactly("Person mentor-1", "Person mentee-1");
            assertThat(calendar.find("follow-up/m2/pair-00001").orElseThrow().reasons()).singleElement()
                    .isEqualTo(new Reason.CallRound(1, LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 24), false));
            assertThat(calls).extracting(PlannedTouchpoint::start).doesNotHaveDuplicates();
        }

        @Test
        @DisplayName("the preset fits a short program, and a program's own closing ends the calendar")
        void shortProgram() {
            fixture.acme().programs().define(EngineFixture.definition().durationMonths(2).build());
            ProgramCalendar calendar = calendars().plan(SPRING).calendar();
            assertThat(calendar.find("kick-off")).isPresent();
            assertThat(calendar.find("closing")).isPresent();
            assertThat(calendar.touchpoints()).allSatisfy(t -> assertThat(t.start().toLocalDate())
                    .isBetween(EngineFixture.KICK_OFF, EngineFixture.KICK_OFF.plusMonths(2)));
        }
    }

    @Nested
    @DisplayName("following the program")
    class Following {
        @Test
        @DisplayName("a pair formed after planning gets its calls; a pair ended loses its calls still to come")
        void pairsComeAndGo() {
            fixture.enrollingProgramWithPairs(2);
            calendars().plan(SPRING);
            fixture.person("mentor-3").person("mentee-3");
            fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("mentor-3")));
            fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("mentee-3")));
            fixture.newEvents();
            fixture.acme().pairs().form(SPRING, id("mentor-3"), id("mentee-3"));
            CalendarPlanned planned = fixture.newEvents().stream().filter(CalendarPlanned.class::isInstance)
                    .map(CalendarPlanned.class::cast).findFirst().orElseThrow();
            assertThat(planned.diff().added()).extracting(PlannedTouchpoint::key)
                    .containsExactly("follow-up/m2/pair-00003", "follow-up/m7/pair-00003");

            runningOn("2027-04-01T08:00:00Z");
            fixture.acme().pairs().end(SPRING, PairId.of("pair-00001"), "the mentee left the company");
            assertThat(status("follow-up/m2/pair-00001")).isEqualTo(TouchpointStatus.PLANNED);
            assertThat(status("follow-up/m7/pair-00001")).isEqualTo(TouchpointStatus.CANCELLED);
            assertThat(calls(calendars().calendar(SPRING))).extracting(PlannedTouchpoint::key)
                    .contains("follow-up/m2/pair-00001").doesNotContain("follow-up/m7/pair-00001");
        }

        @Test
        @DisplayName("a pair formed during a window gets its call in what is left of it, from tomorrow on")
        void latePair() {
            fixture.enrollingProgramWithPairs(2);
            calendars().plan(SPRING);
            runningOn("2027-03-17T10:00:00Z");
            fixture.person("mentor-3").person("mentee-3");
            fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("mentor-3")));
            fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("mentee-3")));
            fixture.acme().pairs().form(SPRING, id("mentor-3"), id("mentee-3"));
            PlannedTouchpoint late = calendars().calendar(SPRING).find("follow-up/m2/pair-00003").orElseThrow();
            assertThat(local(late)).isEqualTo(LocalDateTime.of(2027, 3, 18, 9, 0));
        }

        @Test
        @DisplayName("a new blackout moves what it covers, says why, and keeps ids with a higher sequence")
        void blackout() {
            fixture.enrollingProgramWithPairs(1);
            CalendarUpdate planned = calendars().plan(SPRING);
            PlannedTouchpoint covered = planned.calendar().find("workshops-04").orElseThrow();
            LocalDate day = covered.start().toLocalDate();
            Blackout seminar = new Blackout(day.minusDays(1), day.plusDays(1),
                    LocalizedText.of("Séminaire annuel", "Annual seminar"));
            fixture.newEvents();

            CalendarUpdate changed = calendars().changeCompanyCalendar(SPRING, CompanyCalendarDefinition.builder()
                    .blackout(seminar).build());

            PlannedTouchpoint moved = changed.calendar().find("workshops-04").orElseThrow();
            assertThat(moved.start().toLocalDate()).isAfter(seminar.last());
            assertThat(moved.sequence()).isEqualTo(1);
            assertThat(changed.diff().moved()).extracting(c -> c.after().key()).contains("workshops-04");
            assertThat(changed.describe(Locale.ENGLISH)).anySatisfy(line -> assertThat(line)
                    .startsWith("Moved: " + covered.summary(Locale.ENGLISH)).contains("“Annual seminar”"));
            assertThat(fixture.store.findTouchpoint(ACME, SPRING, TouchpointId.of("workshops-04")).orElseThrow()
                    .start()).isEqualTo(moved.start().toInstant());
            assertThat(fixture.acme().programs().definition(SPRING).companyCalendar().blackouts())
                    .containsExactly(seminar);
            assertThat(fixture.newEvents()).filteredOn(CalendarPlanned.class::isInstance).hasSize(1);
        }

        @Test
        @DisplayName("redefining a program before it starts re-plans its calendar")
        void redefined() {
            fixture.enrollingProgramWithPairs(1);
            calendars().plan(SPRING);
            fixture.newEvents();
            fixture.acme().programs().redefine(EngineFixture.definition().durationMonths(8).build());
            assertThat(fixture.newEvents()).filteredOn(CalendarPlanned.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((CalendarPlanned) e).diff().moved())
                            .extracting(c -> c.after().key()).contains("closing"));
            assertThat(calendars().calendar(SPRING).find("closing").orElseThrow().start().toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 9, 10));
        }
    }

    @Nested
    @DisplayName("refusals")
    class Refusals {
        @Test
        @DisplayName("no calendar is read before it is planned, and none is planned for a program that is over")
        void notPlannedOrOver() {
            fixture.acme().programs().define(EngineFixture.definition().build());
            assertThatThrownBy(() -> calendars().calendar(SPRING)).isInstanceOf(RefusedOperationException.class)
                    .hasMessage("program spring-2027: has no calendar yet: plan it with calendar().plan(spring-2027)");
            fixture.acme().programs().cancel(SPRING, "budget");
            assertThatThrownBy(() -> calendars().plan(SPRING)).isInstanceOf(RefusedOperationException.class)
                    .hasMessage("program spring-2027: cannot plan the calendar of a program that is CANCELLED");
        }

        @Test
        @DisplayName("a reached kick-off does not move, and a program does not close in the past")
        void reschedule() {
            fixture.enrollingProgramWithPairs(1);
            calendars().plan(SPRING);
            runningOn("2027-02-01T08:00:00Z");
            assertThatThrownBy(() -> calendars().reschedule(SPRING, LocalDate.of(2027, 1, 18),
                    LocalDate.of(2027, 11, 18))).isInstanceOf(RefusedOperationException.class)
                    .hasMessageContaining("cannot move the kick-off of a program whose kick-off (2027-01-11) is reached");
            assertThatThrownBy(() -> calendars().reschedule(SPRING, EngineFixture.KICK_OFF,
                    LocalDate.of(2027, 2, 1))).isInstanceOf(RefusedOperationException.class)
                    .hasMessageContaining("the closing must be after today (2027-02-01)");
            assertThat(fixture.acme().programs().definition(SPRING).closing()).isEqualTo(LocalDate.of(2027, 11, 11));
        }

        @Test
        @DisplayName("a shorter program keeps only the follow-up windows that open before its closing")
        void shorterKeepsFittingWindows() {
            fixture.enrollingProgramWithPairs(1);
            calendars().plan(SPRING);
            CalendarUpdate update = calendars().reschedule(SPRING, EngineFixture.KICK_OFF, LocalDate.of(2027, 6, 30));
            assertThat(fixture.acme().programs().definition(SPRING).followUp().windows()).hasSize(1);
            assertThat(update.diff().cancelled()).extracting(PlannedTouchpoint::key)
                    .contains("follow-up/m7/pair-00001");
        }

        @Test
        @DisplayName("a touchpoint is held once it has started, once, and never when cancelled")
        void markHeld() {
            fixture.enrollingProgramWithPairs(1);
            calendars().plan(SPRING);
            TouchpointId kickOff = TouchpointId.of("kick-off");
            assertThatThrownBy(() -> calendars().markHeld(SPRING, kickOff))
                    .isInstanceOf(RefusedOperationException.class).hasMessageContaining("before it starts");
            runningOn("2027-01-11T12:00:00Z");
            Touchpoint held = calendars().markHeld(SPRING, kickOff);
            assertThat(held.status()).isEqualTo(TouchpointStatus.HELD);
            assertThat(calendars().markHeld(SPRING, kickOff)).isEqualTo(held);
            CalendarUpdate shorter = calendars().reschedule(SPRING, EngineFixture.KICK_OFF, LocalDate.of(2027, 6, 30));
            PlannedTouchpoint cancelled = shorter.diff().cancelled().get(0);
            fixture.clock.set(cancelled.end().toInstant().plusSeconds(60));
            assertThatThrownBy(() -> calendars().markHeld(SPRING, cancelled.touchpointId()))
                    .isInstanceOf(RefusedOperationException.class).hasMessageContaining("it was cancelled");
        }
    }

    @Test
    @DisplayName("invitations: a pair's call invites its two members, a collective touchpoint its audience")
    void invitations() {
        fixture.enrollingProgramWithPairs(2);
        for (String person : List.of("mentor-1", "mentee-1", "mentor-2")) {
            fixture.people.put(ACME, Person.of(PersonId.of(person), "Person " + person).toBuilder()
                    .email(person + "@acme.example").build());
        }
        // mentee-2 has no e-mail address: an invitation cannot reach them.
        fixture.people.put(ACME, Person.of(PersonId.of("mentee-2"), "Person mentee-2"));
        fixture.elan.directory().invalidateAll();
        calendars().plan(SPRING);
        String ics = calendars().invitationsIcs(SPRING, Locale.ENGLISH,
                new CalendarParty("Mentoring team", "team@acme.example")).replace("\r\n ", "");
        List<String> events = List.of(ics.split("BEGIN:VEVENT")).subList(1, ics.split("BEGIN:VEVENT").length);
        String call = events.stream().filter(e -> e.contains("UID:follow-up/m2/pair-00001.")).findFirst()
                .orElseThrow();
        assertThat(attendees(call)).containsExactly("mentor-1@acme.example", "mentee-1@acme.example");
        String secondPair = events.stream().filter(e -> e.contains("UID:follow-up/m2/pair-00002.")).findFirst()
                .orElseThrow();
        assertThat(attendees(secondPair)).containsExactly("mentor-2@acme.example");
        String midPoint = events.stream().filter(e -> e.contains("UID:mid-point.")).findFirst().orElseThrow();
        assertThat(attendees(midPoint)).containsExactlyInAnyOrder("mentor-1@acme.example", "mentor-2@acme.example",
                "mentee-1@acme.example");
        String mentorsMessage = events.stream().filter(e -> e.contains("UID:message-mentors-01.")).findFirst()
                .orElseThrow();
        assertThat(attendees(mentorsMessage)).containsExactlyInAnyOrder("mentor-1@acme.example",
                "mentor-2@acme.example");
        assertThat(events).hasSameSizeAs(calendars().calendar(SPRING).touchpoints());
        assertThat(ics).contains("METHOD:REQUEST").contains("ORGANIZER;CN=Mentoring team:mailto:team@acme.example");
    }

    private static List<String> attendees(String event) {
        return event.lines().filter(l -> l.startsWith("ATTENDEE")).map(l -> l.substring(l.indexOf("mailto:") + 7))
                .collect(Collectors.toList());
    }

    private TouchpointStatus status(String key) {
        return fixture.store.findTouchpoint(ACME, SPRING, TouchpointId.of(key)).orElseThrow().status();
    }
}

package io.elan.mentoring.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.core.calendar.CalendarUpdate;
import io.elan.mentoring.core.calendar.ScheduledWave;
import io.elan.mentoring.core.event.CalendarPlanned;
import io.elan.mentoring.core.json.ElanModule;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A host's whole use of the calendar through the engine, on a clock that advances: a definition read from JSON is
 * planned with each pair's follow-up calls, the program runs, its closing moves and the calendar is re-planned with a
 * readable diff that never touches the past, and the calendar is exported.
 */
class CalendarJourneyTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final ProgramId AUTUMN = ProgramId.of("autumn-2026");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T07:00:00Z"));
    private final InMemoryProgramStore store = new InMemoryProgramStore();
    private final List<DomainEvent> heard = new CopyOnWriteArrayList<>();
    private final Elan elan = EngineFixture.builderOver(store)
            .messageGateway(new InMemoryMessageGateway(Channel.EMAIL))
            .peopleDirectory(new InMemoryPeopleDirectory()
                    .put(ACME, person("marie", "Marie Dupont")).put(ACME, person("lea", "Léa Martin"))
                    .put(ACME, person("paul", "Paul Bernard")).put(ACME, person("ines", "Inès Petit")))
            .clock(clock)
            .listener(heard::add)
            .build();

    private static Person person(String id, String name) {
        return Person.of(PersonId.of(id), name).toBuilder().email(id + "@acme.example").build();
    }

    @Test
    @DisplayName("a definition from JSON is planned, re-planned after its closing moves (past kept), and exported")
    void planReplanExport() throws Exception {
        ProgramDefinition definition = new ObjectMapper().registerModule(new ElanModule()).readValue("""
                {"id": "autumn-2026", "name": "Mentorat automne 2026", "kickOff": "2026-09-15",
                 "zone": "Europe/Paris", "locale": "fr-FR",
                 "companyCalendar": {"holidays": "fr-57", "blackouts": [{"first": "2026-12-24", "last": "2027-01-01",
                   "label": {"fr": "Fêtes de fin d’année", "en": "Year-end holidays"}}]}}
                """, ProgramDefinition.class);
        TenantScope tenant = elan.tenant(ACME);
        tenant.programs().define(definition);
        tenant.programs().openEnrolment(AUTUMN);
        tenant.participants().enrol(AUTUMN, Role.MENTOR, List.of(PersonId.of("marie"), PersonId.of("paul")));
        tenant.participants().enrol(AUTUMN, Role.MENTEE, List.of(PersonId.of("lea"), PersonId.of("ines")));
        tenant.pairs().form(AUTUMN, PersonId.of("marie"), PersonId.of("lea"));
        tenant.pairs().form(AUTUMN, PersonId.of("paul"), PersonId.of("ines"));
        tenant.programs().markReady(AUTUMN);

        CalendarUpdate planned = tenant.calendar().plan(AUTUMN);
        ProgramCalendar calendar = planned.calendar();
        assertThat(planned.diff().added()).hasSameSizeAs(calendar.touchpoints());
        assertThat(store.touchpoints(ACME, AUTUMN)).extracting(t -> t.id().value())
                .containsExactlyInAnyOrderElementsOf(calendar.touchpoints().stream().map(PlannedTouchpoint::key)
                        .toList());
        assertThat(heard).filteredOn(CalendarPlanned.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((CalendarPlanned) e).diff()).isEqualTo(planned.diff()));
        // The preset's rituals in the company calendar: nothing during the year-end break.
        assertThat(calendar.find(TenMonthPreset.KICK_OFF)).isPresent();
        assertThat(calendar.touchpoints()).noneMatch(t -> !t.start().toLocalDate().isBefore(LocalDate.of(2026, 12, 24))
                && !t.start().toLocalDate().isAfter(LocalDate.of(2027, 1, 1)));
        // One follow-up call per pair and window, inviting the pair's two members, never one call for everyone.
        List<PlannedTouchpoint> calls = calendar.touchpoints().stream()
                .filter(t -> t.format() == Format.CHECKPOINT_CALL).toList();
        assertThat(calls).hasSize(4).extracting(PlannedTouchpoint::people).containsOnly(
                List.of("Marie Dupont", "Léa Martin"), List.of("Paul Bernard", "Inès Petit"));
        assertThat(calls).extracting(PlannedTouchpoint::duration).containsOnly(Duration.ofMinutes(30));
        assertThat(calendar.touchpoints()).noneMatch(t -> t.ruleId().equals(TenMonthPreset.FOLLOW_UP_CALLS)
                && t.people().isEmpty());
        List<ScheduledWave> waves = tenant.calendar().questionnaireWaves(AUTUMN);
        assertThat(waves).singleElement().satisfies(w -> {
            assertThat(w.questionnaire()).isEqualTo("mid-point");
            assertThat(w.touchpoint().value()).isEqualTo(TenMonthPreset.MID_POINT);
        });

        clock.set(Instant.parse("2026-09-15T06:00:00Z"));
        tenant.programs().start(AUTUMN);
        clock.set(Instant.parse("2026-12-01T09:00:00Z"));
        Map<String, Touchpoint> before = store.touchpoints(ACME, AUTUMN).stream()
                .collect(Collectors.toMap(t -> t.id().value(), Function.identity()));
        heard.clear();

        CalendarUpdate moved = tenant.calendar().reschedule(AUTUMN, definition.kickOff(), LocalDate.of(2027, 6, 15));

        assertThat(tenant.programs().definition(AUTUMN).closing()).isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(moved.diff().moved()).extracting(c -> c.after().key()).contains(TenMonthPreset.CLOSING);
        // The workshop series ends five weeks before the closing, the monthly messages with it.
        assertThat(moved.diff().cancelled()).extracting(PlannedTouchpoint::key).containsExactlyInAnyOrder(
                "workshops-12", "message-mentees-10", "message-mentors-10", "gap-both-20270712");
        assertThat(moved.diff().cancelled()).allSatisfy(t -> assertThat(t.start().toInstant())
                .isAfter(clock.instant()));
        List<String> french = moved.describe(Locale.FRENCH);
        assertThat(french).contains("Déplacé\u00a0: Clôture du programme – Célébrer le chemin parcouru, du jeudi 15 juillet"
                + " 2027 16:00–18:00 au mardi 15 juin 2027 16:00–18:00");
        assertThat(french).anySatisfy(line -> assertThat(line).startsWith("Annulé\u00a0: "));
        for (Touchpoint touchpoint : store.touchpoints(ACME, AUTUMN)) {
            if (touchpoint.start().isBefore(clock.instant())) {
                assertThat(touchpoint).as("past touchpoint %s", touchpoint.id())
                        .isEqualTo(before.get(touchpoint.id().value()));
            }
        }
        Touchpoint closing = store.findTouchpoint(ACME, AUTUMN, io.elan.mentoring.spi.program.TouchpointId.of(
                TenMonthPreset.CLOSING)).orElseThrow();
        assertThat(closing.start()).isEqualTo(Instant.parse("2027-06-15T14:00:00Z"));
        assertThat(moved.calendar().find(TenMonthPreset.CLOSING).orElseThrow().sequence()).isEqualTo(1);
        assertThat(moved.diff().cancelled()).allSatisfy(t -> assertThat(store.findTouchpoint(ACME, AUTUMN,
                t.touchpointId()).orElseThrow().status()).isEqualTo(TouchpointStatus.CANCELLED));
        assertThat(heard).filteredOn(CalendarPlanned.class::isInstance).hasSize(1);

        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(tenant.calendar().plan(AUTUMN).changed()).isFalse();

        String ics = tenant.calendar().exportIcs(AUTUMN, Locale.FRENCH);
        assertThat(ics).contains("METHOD:PUBLISH\r\n").contains("UID:closing.autumn-2026@elan-mentoring\r\n")
                .contains("DTSTAMP:20261202T090000Z\r\n");
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Appel de suivi – Marie Dupont & Léa Martin – ")
                .contains("DESCRIPTION:Pour\u00a0: Paul Bernard\\, Inès Petit\\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(tenant.calendar().calendar(AUTUMN).touchpoints().size()
                + 1);
    }
}

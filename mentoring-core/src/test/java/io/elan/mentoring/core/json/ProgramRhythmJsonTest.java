package io.elan.mentoring.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.core.calendar.Cadence;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.Placement;
import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.AgendaPart;
import io.elan.mentoring.scheduling.ShiftPolicy;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A definition's cadence, company calendar and questionnaire waves in JSON: the form, the round trip, every error. */
class ProgramRhythmJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());

    private ProgramDefinition read(String json) throws Exception {
        return mapper.readValue(json.replace('\'', '"'), ProgramDefinition.class);
    }

    /** The JSON document below, built in Java. */
    static ProgramDefinition ownRhythm() {
        RitualRule kickOff = RitualRule.builder("kick-off").name(LocalizedText.of("Lancement", "Kick-off"))
                .format(Format.KICK_OFF).duration(Duration.ofHours(2)).mode(DeliveryMode.HYBRID)
                .at(Placement.atKickOff()).startTime(LocalTime.of(10, 0)).build();
        RitualRule workshops = RitualRule.builder("workshops").name(LocalizedText.of("Atelier", "Workshop"))
                .rotate(Format.WEBINAR_FOCUS, Format.INSPIRATION_CAPSULE, Format.TESTIMONY_MEAL)
                .themes(LocalizedText.of("Écoute active", "Active listening"), LocalizedText.of("Feedback",
                        "Feedback"))
                .recurrence(Recurrence.everyWeeks(3, DayOfWeek.THURSDAY))
                .from(Placement.afterKickOff(Period.ofDays(21))).until(Placement.beforeClosing(Period.ofMonths(1)))
                .startTime(LocalTime.of(12, 0)).build();
        RitualRule midPoint = RitualRule.builder("mid-point").name(LocalizedText.of("Mi-parcours", "Mid-point"))
                .format(Format.MID_POINT_WORKSHOP).duration(Duration.ofHours(3)).mode(DeliveryMode.IN_PERSON)
                .audience(Audience.BOTH).segments(new AgendaPart(LocalizedText.of("Mentors", "Mentors"),
                        Audience.MENTORS, Duration.ZERO, Duration.ofMinutes(105)))
                .at(Placement.fromMidPoint(Period.ofDays(-7))).startTime(LocalTime.of(14, 0))
                .shiftPolicy(ShiftPolicy.PREVIOUS_WORKING_DAY).build();
        RitualRule messages = RitualRule.builder("messages").name(LocalizedText.of("Message", "Message"))
                .format(Format.MONTHLY_MESSAGE).audience(Audience.MENTEES)
                .recurrence(Recurrence.monthlyOn(DayOfWeek.TUESDAY, 1)).startTime(LocalTime.of(9, 0)).build();
        return ProgramDefinition.builder().id("autumn").name("Automne").kickOff(LocalDate.of(2026, 9, 15))
                .closing(LocalDate.of(2027, 6, 30)).zone(ZoneId.of("Europe/Paris"))
                .cadence(Cadence.of(CadencePlan.builder().ritual(kickOff, workshops, midPoint, messages)
                        .fillerFormats(Format.INSPIRATION_CAPSULE, Format.CO_DEVELOPMENT, Format.WEBINAR_FOCUS)
                        .fillerThemes(LocalizedText.of("Une idée", "One idea"))
                        .fillerStartTime(LocalTime.of(13, 0)).build()))
                .companyCalendar(CompanyCalendarDefinition.builder().holidays("fr-57")
                        .workingDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY))
                        .workingHours(LocalTime.of(8, 30), LocalTime.of(17, 30))
                        .blackout(new Blackout(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1),
                                LocalizedText.of("Fêtes", "Holidays"))).build())
                .questionnaires(new QuestionnaireWave("mid-point", "mid-point", 14, 2))
                .build();
    }

    @Test
    @DisplayName("rituals, a company calendar and waves read into the definition the builder gives")
    void readsOwnRhythm() throws Exception {
        ProgramDefinition read = read("""
                {'id': 'autumn', 'name': 'Automne', 'kickOff': '2026-09-15', 'closing': '2027-06-30',
                 'zone': 'Europe/Paris',
                 'cadence': {'rituals': [
                    {'id': 'kick-off', 'name': {'fr': 'Lancement', 'en': 'Kick-off'}, 'format': 'KICK_OFF',
                     'duration': 'PT2H', 'mode': 'HYBRID', 'placements': ['KICK_OFF'], 'startTime': '10:00'},
                    {'id': 'workshops', 'name': {'fr': 'Atelier', 'en': 'Workshop'},
                     'formats': ['WEBINAR_FOCUS', 'INSPIRATION_CAPSULE', 'TESTIMONY_MEAL'],
                     'themes': [{'fr': 'Écoute active', 'en': 'Active listening'}, 'Feedback'],
                     'recurrence': 'every 3 weeks on THURSDAY', 'from': 'KICK_OFF+P21D', 'until': 'CLOSING-P1M',
                     'startTime': '12:00'},
                    {'id': 'mid-point', 'name': {'fr': 'Mi-parcours', 'en': 'Mid-point'},
                     'format': 'MID_POINT_WORKSHOP', 'duration': 'PT3H', 'mode': 'IN_PERSON', 'audience': 'BOTH',
                     'segments': [{'title': 'Mentors', 'audience': 'MENTORS', 'offset': 'PT0S',
                                   'length': 'PT1H45M'}],
                     'placements': ['MID_POINT-P7D'], 'startTime': '14:00', 'shiftPolicy': 'PREVIOUS_WORKING_DAY'},
                    {'id': 'messages', 'name': {'fr': 'Message', 'en': 'Message'}, 'format': 'MONTHLY_MESSAGE',
                     'audience': 'MENTEES', 'recurrence': 'monthly on first TUESDAY', 'startTime': '09:00'}],
                  'fillerFormats': ['INSPIRATION_CAPSULE', 'CO_DEVELOPMENT', 'WEBINAR_FOCUS'],
                  'fillerThemes': [{'fr': 'Une idée', 'en': 'One idea'}], 'fillerStartTime': '13:00'},
                 'companyCalendar': {'holidays': 'fr-57', 'workingDays': ['MONDAY', 'TUESDAY', 'THURSDAY'],
                   'workingHours': {'start': '08:30', 'end': '17:30'},
                   'blackouts': [{'first': '2026-12-21', 'last': '2027-01-01',
                                  'label': {'fr': 'Fêtes', 'en': 'Holidays'}}]},
                 'questionnaires': [{'questionnaire': 'mid-point', 'ritual': 'mid-point', 'opensDaysBefore': 14,
                                     'closesDaysBefore': 2}]}
                """);
        assertThat(read).isEqualTo(ownRhythm());
    }

    @Test
    @DisplayName("docs/cadence.md's JSON example reads into the definition its Java example builds")
    void docExample() throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("basedir", "."), "../docs/cadence.md"),
                StandardCharsets.UTF_8);
        Matcher json = Pattern.compile("```json\n(.*?)\n```", Pattern.DOTALL).matcher(doc);
        assertThat(json.find()).as("the page has a JSON example").isTrue();
        ProgramDefinition java = ProgramDefinition.builder()
                .id("mentorat-2026").name("Programme de mentorat 2026–2027")
                .kickOff(LocalDate.of(2026, 9, 15)).zone(ZoneId.of("Europe/Paris")).locale(Locale.FRANCE)
                .companyCalendar(CompanyCalendarDefinition.builder()
                        .holidays("fr-57")
                        .blackout(TenMonthPreset.yearEndBreak(2026))
                        .build())
                .build();
        assertThat(mapper.readValue(json.group(1), ProgramDefinition.class)).isEqualTo(java);
        assertThat(doc).contains("""
                        .holidays("fr-57")                                      // France plus Moselle
                        .blackout(TenMonthPreset.yearEndBreak(2026))
                """.stripIndent().indent(8).stripTrailing());
    }

    @Test
    @DisplayName("what is written reads back into an equal definition, the preset's and one's own")
    void roundTrip() throws Exception {
        for (ProgramDefinition definition : new ProgramDefinition[] {ownRhythm(),
                ProgramDefinition.builder().id("p").name("P").kickOff(LocalDate.of(2027, 1, 11))
                        .zone(ZoneId.of("UTC")).questionnaires().build()}) {
            String json = mapper.writeValueAsString(definition);
            assertThat(mapper.readValue(json, ProgramDefinition.class)).as(json).isEqualTo(definition);
        }
    }

    @Test
    @DisplayName("a cadence names the preset or holds rituals")
    void presetByName() throws Exception {
        assertThat(read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC', 'cadence': 'ten-months'}")
                .cadence()).isEqualTo(Cadence.tenMonths());
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'cadence': 'five-months'}"))
                .hasMessage("$.cadence: must name the preset ten-months or be an object with rituals"
                        + " (was \"five-months\")");
    }

    @Test
    @DisplayName("every problem of the rhythm is reported at once, each by its JSON path")
    void everyViolationByPath() {
        assertThatThrownBy(() -> read("""
                {'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',
                 'cadence': {'rituals': [
                    {'id': 'webinars', 'format': 'WEBINAR', 'recurrence': 'every fortnight', 'colour': 'red'},
                    {'id': 'lunches', 'format': 'TESTIMONY_MEAL', 'placements': ['NOON'], 'startTime': '25:00',
                     'themes': [{'fr': 'Seul', 'en': 3, 'fr_FR': 'Seul'}]},
                    {'format': 'TESTIMONY_MEAL'}],
                  'fillerFormats': ['INSPIRATION_CAPSULE']},
                 'companyCalendar': {'holidays': 'xx', 'workingDays': ['SUNDAY', 'FUNDAY'],
                   'workingHours': {'start': '18:00', 'end': '09:00'},
                   'blackouts': [{'first': '2027-08-10', 'last': '2027-08-01', 'label': 'Août'}, 3]},
                 'questionnaires': [{'questionnaire': 'mid-point', 'ritual': 'mid-point', 'opensDaysBefore': 2,
                                     'closesDaysBefore': 5}, {'ritual': 'x'}]}
                """))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactlyInAnyOrder(
                                "$.cadence.rituals[0].colour: is not a known property (known: id, name, format,"
                                        + " formats, duration, audience, mode, themes, recurrence, from, until,"
                                        + " placements, startTime, shiftPolicy, segments)",
                                "$.cadence.rituals[0].recurrence: must read like every 3 weeks on THURSDAY, monthly"
                                        + " on first TUESDAY or RRULE:FREQ=WEEKLY;INTERVAL=2 (was \"every fortnight\")",
                                "$.cadence.rituals[0].format: must be one of KICK_OFF, MONTHLY_MESSAGE,"
                                        + " WEBINAR_FOCUS, TESTIMONY_MEAL, INSPIRATION_CAPSULE, CO_DEVELOPMENT,"
                                        + " COLLABORATIVE_WORKSHOP, MID_POINT_WORKSHOP, CLOSING_EVENT, CHECKPOINT_CALL"
                                        + " (was WEBINAR)",
                                "$.cadence.rituals[1].themes[0].en: must be a string (was 3)",
                                "$.cadence.rituals[1].themes[0].fr_FR: is not a language tag such as fr or fr-CA",
                                "$.cadence.rituals[1].placements[0]: must be KICK_OFF, MID_POINT or CLOSING,"
                                        + " optionally followed by + or - and an ISO-8601 period, such as CLOSING-P1M"
                                        + " or KICK_OFF+P21D (was \"NOON\")",
                                "$.cadence.rituals[1].startTime: must be a time such as 12:00 (was \"25:00\")",
                                "$.cadence.rituals[2].id: is required",
                                "$.cadence.fillerFormats: must hold at least three different formats",
                                "$.companyCalendar.workingHours: must end after they start (was 18:00–09:00)",
                                "$.companyCalendar.holidays: must be a region with public holiday data such as fr,"
                                        + " fr-57 or fr-67/68/57, or none; country has no public holiday data"
                                        + " (was \"xx\")",
                                "$.companyCalendar.workingDays[1]: must be one of MONDAY, TUESDAY, WEDNESDAY,"
                                        + " THURSDAY, FRIDAY, SATURDAY, SUNDAY (was \"FUNDAY\")",
                                "$.companyCalendar.blackouts[0].last: must not be before first (2027-08-10)"
                                        + " (was 2027-08-01)",
                                "$.companyCalendar.blackouts[1]: must be an object with first, last and label (was 3)",
                                "$.questionnaires[0].closesDaysBefore: must be zero or more and fewer than"
                                        + " opensDaysBefore (2) (was 5)",
                                "$.questionnaires[1].questionnaire: is required",
                                "$.questionnaires[1].opensDaysBefore: is required",
                                "$.questionnaires[1].closesDaysBefore: is required"));
    }

    @Test
    @DisplayName("rules of the rhythm that depend on the rest of the definition are named by JSON path too")
    void crossRules() {
        assertThatThrownBy(() -> read("""
                {'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC', 'durationMonths': 3,
                 'cadence': {'rituals': [{'id': 'webinars', 'format': 'WEBINAR', 'placements': ['KICK_OFF']},
                    {'id': 'late', 'format': 'TESTIMONY_MEAL', 'placements': ['KICK_OFF+P5M']}]}}
                """)).hasMessageContaining("$.cadence.rituals[0].format: must be one of KICK_OFF,");
        assertThatThrownBy(() -> read("""
                {'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC', 'durationMonths': 3,
                 'cadence': {'rituals': [{'id': 'late', 'format': 'TESTIMONY_MEAL', 'placements': ['KICK_OFF+P5M']}]},
                 'companyCalendar': {'holidays': 'xx'},
                 'questionnaires': [{'questionnaire': 'q', 'ritual': 'early', 'opensDaysBefore': 3,
                                     'closesDaysBefore': 1}]}
                """))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly(
                                "$.companyCalendar.holidays: must be a region with public holiday data such as fr,"
                                        + " fr-57 or fr-67/68/57, or none; country has no public holiday data"
                                        + " (was \"xx\")",
                                "$.cadence.rituals[0].placements[0]: must fall within the program (kick-off"
                                        + " 2027-01-11, closing 2027-04-11), but KICK_OFF +P5M gives 2027-06-11"
                                        + " (was KICK_OFF +P5M)",
                                "$.questionnaires[0].ritual: must name a ritual of the cadence (late)"
                                        + " (was \"early\")"));
    }
}

package io.elan.mentoring.scheduling.preset;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.scheduling.CadencePlanner;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.QuestionnaireWindow;
import io.elan.mentoring.scheduling.Reason;
import io.elan.mentoring.scheduling.AgendaPart;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Touchpoint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed's ten-month preset for a program from Tuesday 15 September 2026 to Thursday 15 July 2027 in Europe/Paris,
 * with the French public holidays and a year-end break from 24 December to 1 January, checked date by date.
 *
 * <p>How the expected dates follow from the rules: mid-program is 151 days after the kick-off (303 days / 2), Saturday
 * 13 February 2027, so the mid-point workshop moves to Monday 15 February. Workshops start three weeks after the
 * kick-off (Tuesday 6 October), on the next Thursday, then every three weeks until five weeks before the closing
 * (10 June). Thursday 31 December falls in the year-end break and moves to Monday 4 January (1 January is a holiday,
 * 2–3 January a weekend); Thursday 6 May 2027 is Ascension and moves to Friday 7 May. The pre-closing webinar falls one
 * month before the closing, on Tuesday 15 June. From 15 June to 15 July the communities would go 30 days without a
 * collective touchpoint (at most 28): a capsule goes on the latest day that leaves three days before the closing,
 * Monday 12 July. Follow-up calls fall on 15 November 2026 (a Sunday, moved to Monday 16) and Thursday 15 April 2027.
 * Clocks change on 25 October 2026 and 28 March 2027.
 */
class TenMonthPresetTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static ProgramCalendar calendar;

    @BeforeAll
    static void plan() {
        ProgramWindow window = TenMonthPreset.tenMonthWindow(LocalDate.of(2026, 9, 15), PARIS);
        CompanyCalendar constraints = CompanyCalendar.builder().blackout(TenMonthPreset.yearEndBreak(2026)).build();
        calendar = new CadencePlanner().plan(window, TenMonthPreset.tenMonths(), constraints);
    }

    @Test
    @DisplayName("the program runs ten months, from the kick-off to the closing")
    void window() {
        assertThat(calendar.window().closing()).isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(calendar.window().midPoint()).isEqualTo(LocalDate.of(2027, 2, 13));
    }

    @Test
    @DisplayName("every collective meeting falls on the expected day, time, format and theme")
    void collectiveMeetings() {
        List<String> expected = List.of(
                "kick-off 2026-09-15T10:00 2h KICK_OFF Rencontre des binômes et règles du jeu",
                "workshops-01 2026-10-08T12:00 45m WEBINAR_FOCUS L’écoute active",
                "workshops-02 2026-10-29T12:00 1h30m TESTIMONY_MEAL Le feedback",
                "workshops-03 2026-11-19T12:00 15m INSPIRATION_CAPSULE Fixer des objectifs",
                "workshops-04 2026-12-10T12:00 2h CO_DEVELOPMENT L’art du questionnement",
                "workshops-05 2027-01-04T12:00 2h COLLABORATIVE_WORKSHOP Leadership au féminin",
                "workshops-06 2027-01-21T12:00 45m WEBINAR_FOCUS «\u00a0Décris-moi ton poste\u00a0»",
                "workshops-07 2027-02-11T12:00 1h30m TESTIMONY_MEAL Résoudre un problème en situation",
                "mid-point 2027-02-15T14:00 3h MID_POINT_WORKSHOP Où en sont les binômes\u202f?",
                "workshops-08 2027-03-04T12:00 15m INSPIRATION_CAPSULE Présentations croisées",
                "workshops-09 2027-03-25T12:00 2h CO_DEVELOPMENT L’écoute active",
                "workshops-10 2027-04-15T12:00 2h COLLABORATIVE_WORKSHOP Le feedback",
                "workshops-11 2027-05-07T12:00 45m WEBINAR_FOCUS Fixer des objectifs",
                "workshops-12 2027-05-27T12:00 1h30m TESTIMONY_MEAL L’art du questionnement",
                "pre-closing-webinar 2027-06-15T12:00 45m WEBINAR_FOCUS Préparer la dernière séance",
                "gap-both-20270712 2027-07-12T12:30 15m INSPIRATION_CAPSULE Une idée, un outil, un exercice",
                "closing 2027-07-15T16:00 2h CLOSING_EVENT Célébrer le chemin parcouru");
        List<PlannedTouchpoint> meetings = calendar.touchpoints().stream()
                .filter(PlannedTouchpoint::isCollectiveMeeting).toList();
        assertThat(meetings).extracting(TenMonthPresetTest::line).containsExactlyElementsOf(expected);
        assertThat(meetings).allMatch(t -> t.audience() == Audience.BOTH);
    }

    @Test
    @DisplayName("each community gets its monthly message on the first Tuesday, each with its own theme")
    void monthlyMessages() {
        List<LocalDate> firstTuesdays = List.of(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2),
                LocalDate.of(2027, 3, 2), LocalDate.of(2027, 4, 6), LocalDate.of(2027, 5, 4),
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 6));
        for (String ritual : List.of(TenMonthPreset.MENTOR_MESSAGES, TenMonthPreset.MENTEE_MESSAGES)) {
            List<PlannedTouchpoint> messages = calendar.ofRitual(ritual);
            assertThat(messages).extracting(t -> t.start().toLocalDate()).containsExactlyElementsOf(firstTuesdays);
            assertThat(messages).allSatisfy(t -> {
                assertThat(t.start().toLocalTime()).hasToString("09:00");
                assertThat(t.duration()).isZero();
                assertThat(t.format()).isEqualTo(Format.MONTHLY_MESSAGE);
            });
            assertThat(messages).extracting(t -> t.theme().in(Locale.FRENCH)).doesNotHaveDuplicates();
        }
        assertThat(calendar.ofRitual(TenMonthPreset.MENTOR_MESSAGES)).allMatch(t -> t.audience() == Audience.MENTORS);
        assertThat(calendar.ofRitual(TenMonthPreset.MENTEE_MESSAGES)).allMatch(t -> t.audience() == Audience.MENTEES);
    }

    @Test
    @DisplayName("the follow-up calls open around month 2 and month 7")
    void followUpCalls() {
        assertThat(calendar.ofRitual(TenMonthPreset.FOLLOW_UP_CALLS)).extracting(TenMonthPresetTest::line).containsExactly(
                "follow-up-calls-01 2026-11-16T10:00 30m CHECKPOINT_CALL Premier point d’étape",
                "follow-up-calls-02 2027-04-15T10:00 30m CHECKPOINT_CALL Point avant la fin du programme");
    }

    @Test
    @DisplayName("the mid-point has a mentor track and a mentee track side by side, then a joint time, and its "
            + "questionnaire opens 14 days before and closes on the working day 2 days before")
    void midPoint() {
        PlannedTouchpoint midPoint = calendar.find(TenMonthPreset.MID_POINT).orElseThrow();
        assertThat(midPoint.duration()).isBetween(Duration.ofMinutes(150), Duration.ofMinutes(180));
        assertThat(midPoint.segments()).extracting(AgendaPart::audience)
                .containsExactly(Audience.MENTORS, Audience.MENTEES, Audience.BOTH);
        assertThat(midPoint.segments().get(2).offset()).isEqualTo(midPoint.segments().get(0).endOffset());
        assertThat(midPoint.segments().get(2).endOffset()).isEqualTo(midPoint.duration());
        QuestionnaireWindow questionnaire = calendar.questionnaires().get(0);
        assertThat(calendar.questionnaires()).hasSize(1);
        assertThat(questionnaire.touchpointKey()).isEqualTo(TenMonthPreset.MID_POINT);
        assertThat(questionnaire.opens().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 2, 1, 9, 0));
        // 13 February is a Saturday: the questionnaire closes on Friday 12 February at the end of the day.
        assertThat(questionnaire.closes().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 2, 12, 18, 0));
    }

    @Test
    @DisplayName("each moved or inserted touchpoint says why, in French and in English")
    void reasons() {
        PlannedTouchpoint yearEnd = calendar.find("workshops-05").orElseThrow();
        assertThat(yearEnd.reasons()).hasSize(2);
        assertThat(yearEnd.reasons().get(1).describe(Locale.FRENCH)).isEqualTo(
                "Déplacé au lundi 4 janvier 2027 (jour disponible suivant)\u00a0: jeudi 31 décembre 2026 tombe dans la "
                        + "période sans animation «\u00a0Fêtes de fin d’année\u00a0»");
        PlannedTouchpoint ascension = calendar.find("workshops-11").orElseThrow();
        assertThat(ascension.reasons().get(1)).isInstanceOf(Reason.Shifted.class);
        assertThat(ascension.reasons().get(1).describe(Locale.ENGLISH)).isEqualTo(
                "Moved to Friday 7 May 2027 (next available day): Thursday 6 May 2027 is a public holiday ("
                        + "Ascension Day)");
        PlannedTouchpoint capsule = calendar.find("gap-both-20270712").orElseThrow();
        assertThat(capsule.isGapFiller()).isTrue();
        assertThat(capsule.reasons()).singleElement().satisfies(reason -> assertThat(reason.describe(Locale.ENGLISH))
                .isEqualTo("Inserted: without it, mentors and mentees would go 30 days without a collective "
                        + "touchpoint (Tuesday 15 June 2027 to Thursday 15 July 2027, at most 28)"));
        assertThat(calendar.dropped()).isEmpty();
        assertThat(calendar.unfilledGaps()).isEmpty();
    }

    @Test
    @DisplayName("times stay at the same local hour across both clock changes and convert to SPI touchpoints")
    void clockChangesAndSpi() {
        PlannedTouchpoint summer = calendar.find("workshops-01").orElseThrow();
        PlannedTouchpoint winter = calendar.find("workshops-02").orElseThrow();
        PlannedTouchpoint spring = calendar.find("workshops-09").orElseThrow();
        assertThat(summer.start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(winter.start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(spring.start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(calendar.find("workshops-10").orElseThrow().start())
                .isEqualTo(ZonedDateTime.of(2027, 4, 15, 12, 0, 0, 0, PARIS));
        Touchpoint spi = winter.toTouchpoint(ProgramId.of("acme-2026"), Locale.FRENCH);
        assertThat(spi.id().value()).isEqualTo("workshops-02");
        assertThat(spi.start()).isEqualTo(winter.start().toInstant());
        assertThat(spi.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(spi.theme()).isEqualTo("Le feedback");
    }

    private static String line(PlannedTouchpoint t) {
        return t.key() + " " + t.start().toLocalDateTime() + " "
                + t.duration().toString().substring(2).toLowerCase(Locale.ROOT) + " " + t.format() + " "
                + t.theme().in(Locale.FRENCH);
    }
}

package io.elan.mentoring.scheduling.preset;

import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.Placement;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.QuestionnaireTiming;
import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.AgendaPart;
import io.elan.mentoring.scheduling.ShiftPolicy;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

/**
 * The ten-month program of the source practice (Cap Mentorat, « Comment faire vivre votre programme de mentorat dans
 * la durée ? »), ready to plan:
 * <ul>
 *   <li>the kick-off;</li>
 *   <li>a monthly message to each community, on the first Tuesday, a contribution and an invitation to share;</li>
 *   <li>workshops every three weeks on Thursdays at lunchtime, rotating focus webinar, testimony lunch, inspiration
 *       capsule, co-development and collaborative workshop, each theme used once before any comes back;</li>
 *   <li>the mid-point workshop at mid-program, 3 hours: a mentor track (sharing and analysing practice) and a mentee
 *       track (exchanges and further training) side by side, then a joint time, prepared by an anonymous
 *       questionnaire opening 14 days before and closing 2 days before;</li>
 *   <li>a webinar one month before the closing on preparing the last session;</li>
 *   <li>the closing event, moved earlier rather than later if its day is not available;</li>
 *   <li>each participant's follow-up call, around month 2 and month 7: each touchpoint opens one round of individual
 *       calls to every mentor and mentee.</li>
 * </ul>
 * The maximum gap of the constraints (four weeks by default) then adds a capsule wherever the rules leave longer.
 */
public final class TenMonthPreset {
    /** Id of the kick-off ritual. */
    public static final String KICK_OFF = "kick-off";
    /** Id of the mentors' monthly message. */
    public static final String MENTOR_MESSAGES = "message-mentors";
    /** Id of the mentees' monthly message. */
    public static final String MENTEE_MESSAGES = "message-mentees";
    /** Id of the rotating workshops. */
    public static final String WORKSHOPS = "workshops";
    /** Id of the mid-point workshop. */
    public static final String MID_POINT = "mid-point";
    /** Id of the webinar one month before closing. */
    public static final String PRE_CLOSING_WEBINAR = "pre-closing-webinar";
    /** Id of the closing event. */
    public static final String CLOSING = "closing";
    /** Id of the follow-up call rounds. */
    public static final String FOLLOW_UP_CALLS = "follow-up-calls";

    private TenMonthPreset() {}

    /**
     * @param kickOff the kick-off day
     * @param zone the program's zone
     * @return a window closing ten months after the kick-off
     */
    public static ProgramWindow tenMonthWindow(LocalDate kickOff, ZoneId zone) {
        return ProgramWindow.of(kickOff, kickOff.plusMonths(10), zone);
    }

    /**
     * A blackout over the year-end holidays, from 24 December to 1 January, that many French companies observe.
     *
     * @param year the year of the 24 December
     * @return the blackout
     */
    public static Blackout yearEndBreak(int year) {
        return new Blackout(LocalDate.of(year, 12, 24), LocalDate.of(year + 1, 1, 1),
                LocalizedText.of("Fêtes de fin d’année", "Year-end holidays"));
    }

    /** @return the ten-month cadence plan */
    public static CadencePlan tenMonths() {
        return CadencePlan.builder()
                .ritual(kickOff(), messages(MENTOR_MESSAGES, Audience.MENTORS), messages(MENTEE_MESSAGES,
                        Audience.MENTEES), workshops(), midPoint(), preClosingWebinar(), closing(), followUpCalls())
                .fillerThemes(
                        LocalizedText.of("Une idée, un outil, un exercice", "One idea, one tool, one exercise"),
                        LocalizedText.of("Réussir sa prochaine séance en binôme", "Making the next pair session count"),
                        LocalizedText.of("Relancer l’élan du binôme", "Rekindling the pair's momentum"))
                .build();
    }

    private static RitualRule kickOff() {
        return RitualRule.builder(KICK_OFF)
                .name(LocalizedText.of("Lancement du programme", "Program kick-off"))
                .format(Format.KICK_OFF).duration(Duration.ofHours(2)).mode(DeliveryMode.HYBRID)
                .themes(LocalizedText.of("Rencontre des binômes et règles du jeu", "Pairs meet; the ground rules"))
                .at(Placement.atKickOff()).startTime(LocalTime.of(10, 0))
                .build();
    }

    private static RitualRule messages(String id, Audience audience) {
        boolean mentors = audience == Audience.MENTORS;
        return RitualRule.builder(id)
                .name(mentors ? LocalizedText.of("Message mensuel aux mentors", "Monthly message to mentors")
                        : LocalizedText.of("Message mensuel aux mentorés", "Monthly message to mentees"))
                .format(Format.MONTHLY_MESSAGE).audience(audience)
                .themes(mentors ? mentorMessageThemes() : menteeMessageThemes())
                .recurrence(Recurrence.monthlyOn(DayOfWeek.TUESDAY, 1)).startTime(LocalTime.of(9, 0))
                .build();
    }

    private static LocalizedText[] mentorMessageThemes() {
        return new LocalizedText[] {
            LocalizedText.of("L’écoute active", "Active listening"),
            LocalizedText.of("Poser des questions ouvertes", "Asking open questions"),
            LocalizedText.of("Donner un feedback utile", "Giving useful feedback"),
            LocalizedText.of("Partager son expérience sans donner de leçon", "Sharing experience without lecturing"),
            LocalizedText.of("Aider son mentoré à fixer ses objectifs", "Helping your mentee set goals"),
            LocalizedText.of("Quand le binôme s’essouffle", "When the pair runs out of steam"),
            LocalizedText.of("Ouvrir son réseau", "Opening up your network"),
            LocalizedText.of("Apprendre de son mentoré", "Learning from your mentee"),
            LocalizedText.of("Préparer la dernière séance", "Preparing the last session"),
            LocalizedText.of("Faire le bilan de l’année", "Looking back on the year")
        };
    }

    private static LocalizedText[] menteeMessageThemes() {
        return new LocalizedText[] {
            LocalizedText.of("Préparer ses séances", "Preparing your sessions"),
            LocalizedText.of("Oser demander", "Daring to ask"),
            LocalizedText.of("Recevoir un feedback", "Receiving feedback"),
            LocalizedText.of("Fixer des objectifs atteignables", "Setting reachable goals"),
            LocalizedText.of("Tenir un carnet de progrès", "Keeping a progress journal"),
            LocalizedText.of("Élargir son réseau", "Widening your network"),
            LocalizedText.of("Prendre la parole en réunion", "Speaking up in meetings"),
            LocalizedText.of("Mesurer le chemin parcouru", "Measuring how far you have come"),
            LocalizedText.of("Préparer la dernière séance", "Preparing the last session"),
            LocalizedText.of("Et après le programme\u202f?", "What comes after the program?")
        };
    }

    private static RitualRule workshops() {
        return RitualRule.builder(WORKSHOPS)
                .name(LocalizedText.of("Atelier", "Workshop"))
                .rotate(Format.WEBINAR_FOCUS, Format.TESTIMONY_MEAL, Format.INSPIRATION_CAPSULE,
                        Format.CO_DEVELOPMENT, Format.COLLABORATIVE_WORKSHOP)
                .themes(LocalizedText.of("L’écoute active", "Active listening"),
                        LocalizedText.of("Le feedback", "Feedback"),
                        LocalizedText.of("Fixer des objectifs", "Setting goals"),
                        LocalizedText.of("L’art du questionnement", "The art of questioning"),
                        LocalizedText.of("Leadership au féminin", "Women in leadership"),
                        LocalizedText.of("«\u00a0Décris-moi ton poste\u00a0»", "\"Describe your job to me\""),
                        LocalizedText.of("Résoudre un problème en situation", "Solving a problem in a role play"),
                        LocalizedText.of("Présentations croisées", "Cross presentations"))
                .recurrence(Recurrence.everyWeeks(3, DayOfWeek.THURSDAY))
                .from(Placement.afterKickOff(Period.ofWeeks(3)))
                .until(Placement.beforeClosing(Period.ofWeeks(5)))
                .startTime(LocalTime.of(12, 0))
                .build();
    }

    private static RitualRule midPoint() {
        Duration tracks = Duration.ofMinutes(105);
        return RitualRule.builder(MID_POINT)
                .name(LocalizedText.of("Atelier de mi-parcours", "Mid-point workshop"))
                .format(Format.MID_POINT_WORKSHOP).duration(Duration.ofHours(3)).mode(DeliveryMode.IN_PERSON)
                .themes(LocalizedText.of("Où en sont les binômes\u202f?", "How are the pairs doing?"))
                .segments(
                        new AgendaPart(LocalizedText.of("Mentors\u00a0: partage et analyse de pratiques",
                                "Mentors: sharing and analysing practice"), Audience.MENTORS, Duration.ZERO, tracks),
                        new AgendaPart(LocalizedText.of("Mentorés\u00a0: échanges et compléments de formation",
                                "Mentees: exchanges and further training"), Audience.MENTEES, Duration.ZERO, tracks),
                        new AgendaPart(LocalizedText.of("Temps de rencontre mentors–mentorés",
                                "Joint mentor–mentee time"), Audience.BOTH, tracks, Duration.ofMinutes(75)))
                .questionnaire(new QuestionnaireTiming(14, 2))
                .at(Placement.atMidPoint()).startTime(LocalTime.of(14, 0))
                .build();
    }

    private static RitualRule preClosingWebinar() {
        return RitualRule.builder(PRE_CLOSING_WEBINAR)
                .name(LocalizedText.of("Webinaire avant la clôture", "Pre-closing webinar"))
                .format(Format.WEBINAR_FOCUS)
                .themes(LocalizedText.of("Préparer la dernière séance", "Preparing the last session"))
                .at(Placement.beforeClosing(Period.ofMonths(1))).startTime(LocalTime.of(12, 0))
                .build();
    }

    private static RitualRule closing() {
        return RitualRule.builder(CLOSING)
                .name(LocalizedText.of("Clôture du programme", "Program closing"))
                .format(Format.CLOSING_EVENT).duration(Duration.ofHours(2)).mode(DeliveryMode.HYBRID)
                .themes(LocalizedText.of("Célébrer le chemin parcouru", "Celebrating the journey"))
                .at(Placement.atClosing()).startTime(LocalTime.of(16, 0))
                .shiftPolicy(ShiftPolicy.PREVIOUS_WORKING_DAY)
                .build();
    }

    private static RitualRule followUpCalls() {
        return RitualRule.builder(FOLLOW_UP_CALLS)
                .name(LocalizedText.of("Appels de suivi individuels", "Individual follow-up calls"))
                .format(Format.CHECKPOINT_CALL)
                .themes(LocalizedText.of("Premier point d’étape", "First check-in"),
                        LocalizedText.of("Point avant la fin du programme", "Check-in before the end"))
                .at(Placement.afterKickOff(Period.ofMonths(2)), Placement.afterKickOff(Period.ofMonths(7)))
                .startTime(LocalTime.of(10, 0))
                .build();
    }
}

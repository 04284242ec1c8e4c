package io.elan.mentoring.scheduling.preset;

import io.elan.mentoring.scheduling.AgendaPart;
import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.Placement;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.QuestionnaireTiming;
import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.ShiftPolicy;
import io.elan.mentoring.scheduling.internal.Texts;
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
    /**
     * The base name of the resource bundle that holds the preset's names and themes; a language is added by adding a
     * bundle.
     */
    public static final String BUNDLE = "io.elan.mentoring.scheduling.preset.TenMonthPreset";

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
                text("blackout.yearEnd"));
    }

    /** @return the ten-month cadence plan */
    public static CadencePlan tenMonths() {
        return CadencePlan.builder()
                .ritual(kickOff(), messages(MENTOR_MESSAGES, Audience.MENTORS), messages(MENTEE_MESSAGES,
                        Audience.MENTEES), workshops(), midPoint(), preClosingWebinar(), closing(), followUpCalls())
                .fillerThemes(texts("filler.theme", 3))
                .build();
    }

    private static RitualRule kickOff() {
        return RitualRule.builder(KICK_OFF)
                .name(text("kickOff.name"))
                .format(Format.KICK_OFF).duration(Duration.ofHours(2)).mode(DeliveryMode.HYBRID)
                .themes(text("kickOff.theme"))
                .at(Placement.atKickOff()).startTime(LocalTime.of(10, 0))
                .build();
    }

    private static RitualRule messages(String id, Audience audience) {
        boolean mentors = audience == Audience.MENTORS;
        return RitualRule.builder(id)
                .name(mentors ? text("monthly.mentors.name")
                        : text("monthly.mentees.name"))
                .format(Format.MONTHLY_MESSAGE).audience(audience)
                .themes(mentors ? mentorMessageThemes() : menteeMessageThemes())
                .recurrence(Recurrence.monthlyOn(DayOfWeek.TUESDAY, 1)).startTime(LocalTime.of(9, 0))
                .build();
    }

    private static LocalizedText[] mentorMessageThemes() {
        return texts("monthly.mentors.theme", 10);
    }

    private static LocalizedText[] menteeMessageThemes() {
        return texts("monthly.mentees.theme", 10);
    }

    private static RitualRule workshops() {
        return RitualRule.builder(WORKSHOPS)
                .name(text("workshop.name"))
                .rotate(Format.WEBINAR_FOCUS, Format.TESTIMONY_MEAL, Format.INSPIRATION_CAPSULE,
                        Format.CO_DEVELOPMENT, Format.COLLABORATIVE_WORKSHOP)
                .themes(texts("workshop.theme", 8))
                .recurrence(Recurrence.everyWeeks(3, DayOfWeek.THURSDAY))
                .from(Placement.afterKickOff(Period.ofWeeks(3)))
                .until(Placement.beforeClosing(Period.ofWeeks(5)))
                .startTime(LocalTime.of(12, 0))
                .build();
    }

    private static RitualRule midPoint() {
        Duration tracks = Duration.ofMinutes(105);
        return RitualRule.builder(MID_POINT)
                .name(text("midPoint.name"))
                .format(Format.MID_POINT_WORKSHOP).duration(Duration.ofHours(3)).mode(DeliveryMode.IN_PERSON)
                .themes(text("midPoint.theme"))
                .segments(
                        new AgendaPart(text("midPoint.part.mentors"), Audience.MENTORS, Duration.ZERO, tracks),
                        new AgendaPart(text("midPoint.part.mentees"), Audience.MENTEES, Duration.ZERO, tracks),
                        new AgendaPart(text("midPoint.part.joint"), Audience.BOTH, tracks, Duration.ofMinutes(75)))
                .questionnaire(new QuestionnaireTiming(14, 2))
                .at(Placement.atMidPoint()).startTime(LocalTime.of(14, 0))
                .build();
    }

    private static RitualRule preClosingWebinar() {
        return RitualRule.builder(PRE_CLOSING_WEBINAR)
                .name(text("preClosing.name"))
                .format(Format.WEBINAR_FOCUS)
                .themes(text("preClosing.theme"))
                .at(Placement.beforeClosing(Period.ofMonths(1))).startTime(LocalTime.of(12, 0))
                .build();
    }

    private static RitualRule closing() {
        return RitualRule.builder(CLOSING)
                .name(text("closing.name"))
                .format(Format.CLOSING_EVENT).duration(Duration.ofHours(2)).mode(DeliveryMode.HYBRID)
                .themes(text("closing.theme"))
                .at(Placement.atClosing()).startTime(LocalTime.of(16, 0))
                .shiftPolicy(ShiftPolicy.PREVIOUS_WORKING_DAY)
                .build();
    }

    private static RitualRule followUpCalls() {
        return RitualRule.builder(FOLLOW_UP_CALLS)
                .name(text("calls.name"))
                .format(Format.CHECKPOINT_CALL)
                .themes(texts("calls.theme", 2))
                .at(Placement.afterKickOff(Period.ofMonths(2)), Placement.afterKickOff(Period.ofMonths(7)))
                .startTime(LocalTime.of(10, 0))
                .build();
    }

    /**
     * @param key a text's key in the preset's bundle
     * @return the text in every language the bundle ships
     */
    private static LocalizedText text(String key) {
        return Texts.fromBundle(BUNDLE, key);
    }

    /** @return the texts {@code prefix.1} to {@code prefix.count}, in order */
    private static LocalizedText[] texts(String prefix, int count) {
        LocalizedText[] texts = new LocalizedText[count];
        for (int i = 0; i < count; i++) {
            texts[i] = text(prefix + "." + (i + 1));
        }
        return texts;
    }
}

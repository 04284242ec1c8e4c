package io.elan.mentoring.report;

import io.elan.mentoring.report.model.ActivityTotals;
import io.elan.mentoring.report.model.AnswerCount;
import io.elan.mentoring.report.model.CalendarEntry;
import io.elan.mentoring.report.model.CalendarRecord;
import io.elan.mentoring.report.model.Closure;
import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.report.model.ItemGroup;
import io.elan.mentoring.report.model.ItemStatistics;
import io.elan.mentoring.report.model.ItemType;
import io.elan.mentoring.report.model.Member;
import io.elan.mentoring.report.model.MessageRecord;
import io.elan.mentoring.report.model.PairEvent;
import io.elan.mentoring.report.model.PairFinding;
import io.elan.mentoring.report.model.PairRecord;
import io.elan.mentoring.report.model.ProgramFacts;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.report.model.RoleComparison;
import io.elan.mentoring.report.model.SendingRules;
import io.elan.mentoring.report.model.ScaleReading;
import io.elan.mentoring.report.model.SessionRecord;
import io.elan.mentoring.report.model.SurveyItem;
import io.elan.mentoring.report.model.SurveyRecord;
import io.elan.mentoring.report.model.SurveyWindow;
import io.elan.mentoring.report.model.WeekRecord;
import io.elan.mentoring.report.model.WorkshopTheme;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small program's report input, written by hand: three pairs (one disengaged with a long history, one to watch
 * because of one member, one engaged), four weeks, two sessions, messages in each state, a calendar and a survey
 * whose most pressing theme comes from a yes/no question. Its names hold the characters that HTML and CSV must
 * escape.
 */
final class ReportFixtures {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate KICK_OFF = LocalDate.of(2026, 9, 14);
    static final String HOSTILE = "Zoé <script>alert(1)</script>; \"Zo\", dite\nZ";

    private ReportFixtures() {}

    static ReportInput input(Locale locale) {
        LocalDate asOf = KICK_OFF.plusWeeks(4);
        Member mentorA = new Member("m-a", "Camille Durand", Role.MENTOR, "camille@example.com", "+33612345678", 0.5);
        Member menteeA = new Member("e-a", HOSTILE, Role.MENTEE, null, null, 0.75);
        Member mentorB = new Member("m-b", "Paul Martin", Role.MENTOR, null, null, 1);
        Member menteeB = new Member("e-b", "Inès Bernard", Role.MENTEE, "ines@example.com", null, 0.25);
        Member mentorC = new Member("m-c", "Léa Petit", Role.MENTOR, null, null, 1);
        Member menteeC = new Member("e-c", "Hugo Moreau", Role.MENTEE, null, null, 1);
        LocalDate flagged = KICK_OFF.plusWeeks(2);
        PairRecord disengaged = new PairRecord("pair-1", mentorA, menteeA, EngagementLevel.DISENGAGED, List.of(
                new PairFinding("NEVER_STARTED", EngagementLevel.DISENGAGED, null, flagged,
                        "No first meeting 2 active weeks after the pair was formed."),
                new PairFinding("ISOLATION", EngagementLevel.AT_RISK, "e-a", flagged.plusWeeks(1),
                        "No pair exchange and no touchpoint attended.")), List.of(
                new PairEvent(flagged, PairEvent.Kind.FLAGGED, "NEVER_STARTED", List.of(), "No first meeting."),
                new PairEvent(flagged, PairEvent.Kind.NUDGED, null, List.of("Camille Durand", HOSTILE), "How is it?"),
                new PairEvent(flagged.plusWeeks(1), PairEvent.Kind.NUDGED, null, List.of("Camille Durand", HOSTILE),
                        "How is it?"),
                new PairEvent(flagged.plusWeeks(1), PairEvent.Kind.ESCALATED, null, List.of("Programme team"),
                        "Pair to follow up"),
                new PairEvent(flagged.plusWeeks(1), PairEvent.Kind.FLAGGED, "ISOLATION", List.of(HOSTILE),
                        "No pair exchange.")),
                List.of(EngagementLevel.ENGAGED, EngagementLevel.ENGAGED, EngagementLevel.DISENGAGED,
                        EngagementLevel.DISENGAGED));
        PairRecord watch = new PairRecord("pair-2", mentorB, menteeB, EngagementLevel.WATCH, List.of(
                new PairFinding("FALLING_PARTICIPATION", EngagementLevel.WATCH, "e-b", flagged.plusWeeks(1),
                        "Attended 25% of the touchpoints.")), List.of(
                new PairEvent(flagged.plusWeeks(1), PairEvent.Kind.FLAGGED, "FALLING_PARTICIPATION",
                        List.of("Inès Bernard"), "Attended 25%.")),
                List.of(EngagementLevel.ENGAGED, EngagementLevel.ENGAGED, EngagementLevel.ENGAGED,
                        EngagementLevel.WATCH));
        PairRecord engaged = new PairRecord("pair-3", mentorC, menteeC, EngagementLevel.ENGAGED, List.of(), List.of(
                new PairEvent(flagged, PairEvent.Kind.FLAGGED, "RARER_EXCHANGES", List.of(), "Fewer exchanges."),
                new PairEvent(flagged.plusWeeks(1), PairEvent.Kind.RESOLVED, "RARER_EXCHANGES", List.of(),
                        "Fewer exchanges.")),
                List.of(EngagementLevel.ENGAGED, EngagementLevel.ENGAGED, EngagementLevel.WATCH,
                        EngagementLevel.ENGAGED));
        ReportInput.Builder input = ReportInput.builder()
                .program(new ProgramFacts("spring", "Mentoring 2026", KICK_OFF, KICK_OFF.plusMonths(10), PARIS))
                .locale(locale)
                .asOf(asOf)
                .programTeam("Programme team")
                .pair(disengaged).pair(watch).pair(engaged)
                .programFinding("Participation fell.")
                .sending(new SendingRules(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                        LocalTime.of(18, 0), Duration.ofHours(2)))
                .activity(new ActivityTotals(12, 40, new ActivityTotals.Hotline(3, 2, 1),
                        new ActivityTotals.FollowUps(6, 1)))
                .calendar(new CalendarRecord(List.of(
                        new CalendarEntry("kick-off", at(KICK_OFF, 10), Format.KICK_OFF, Audience.BOTH,
                                "Kick-off – Meet your pair", List.of("\"Kick-off\" #1: due on Monday 14 September "
                                        + "2026")),
                        new CalendarEntry("webinar-1", at(KICK_OFF.plusDays(17), 12), Format.WEBINAR_FOCUS,
                                Audience.BOTH, "Webinar – Listening", List.of("\"Workshop\" #1", "Moved to Thursday "
                                        + "1 October 2026: a holiday"))),
                        List.of(new Closure(KICK_OFF.plusMonths(3), KICK_OFF.plusMonths(3).plusDays(10),
                                "Year-end break")),
                        List.of(new SurveyWindow(at(KICK_OFF.plusWeeks(20), 9), at(KICK_OFF.plusWeeks(22), 18))),
                        List.of("A gap of 30 days could not be filled.")))
                .survey(survey());
        int[][] levels = {{3, 0, 0, 0}, {3, 0, 0, 0}, {1, 1, 0, 1}, {1, 1, 0, 1}};
        int[] met = {3, 2, 1, 1};
        for (int w = 0; w < 4; w++) {
            input.week(new WeekRecord(w, KICK_OFF.plusWeeks(w), w == 1, Map.of(EngagementLevel.ENGAGED, levels[w][0],
                    EngagementLevel.WATCH, levels[w][1], EngagementLevel.AT_RISK, levels[w][2],
                    EngagementLevel.DISENGAGED, levels[w][3]), met[w], met[w] + 1));
        }
        input.session(new SessionRecord("kick-off", at(KICK_OFF, 10), Format.KICK_OFF, Audience.BOTH,
                "Kick-off – Meet your pair", 6, 5));
        input.session(new SessionRecord("webinar-1", at(KICK_OFF.plusDays(17), 12), Format.WEBINAR_FOCUS,
                Audience.BOTH, "Webinar – Listening", 6, 2));
        input.message(new MessageRecord(at(flagged, 9), MessageRecord.Delivery.SENT, "nudge", "email",
                "Camille Durand", PARIS, "How is it?"));
        input.message(new MessageRecord(at(flagged, 9), MessageRecord.Delivery.SENT, "nudge", "whatsapp", HOSTILE,
                ZoneId.of("America/Montreal"), "How is it?"));
        input.message(new MessageRecord(at(asOf, 20), MessageRecord.Delivery.WAITING, "replay", "email",
                "Paul Martin", PARIS, "Replay"));
        input.message(new MessageRecord(at(flagged, 9), MessageRecord.Delivery.GIVEN_UP, "monthly-message", "sms",
                "Hugo Moreau", PARIS, "This month"));
        return input.build();
    }

    private static SurveyRecord survey() {
        List<AnswerCount> agreement = List.of(new AnswerCount("1", "Strongly disagree", 1),
                new AnswerCount("2", "Disagree", 2), new AnswerCount("3", "Neither", 2),
                new AnswerCount("4", "Agree", 3), new AnswerCount("5", "Strongly agree", 2));
        return SurveyRecord.builder()
                .title("Mid-point questionnaire")
                .threshold(5)
                .participation(24, 20)
                .item(new SurveyItem("pace.suits", "The pace suits me.", ItemType.AGREEMENT, List.of(
                        new ItemGroup("All respondents", 20, List.of(new AnswerCount("1", "Strongly disagree", 2),
                                new AnswerCount("2", "Disagree", 4), new AnswerCount("3", "Neither", 4),
                                new AnswerCount("4", "Agree", 6), new AnswerCount("5", "Strongly agree", 4)),
                                new ItemStatistics(3.3, new ItemStatistics.Favourable(10, 20, 0.3, 0.7), null), null),
                        new ItemGroup("Mentors", 10, agreement,
                                new ItemStatistics(3.4, new ItemStatistics.Favourable(5, 10, 0.24, 0.76), null), null),
                        new ItemGroup("Mentees", null, List.of(), null, "fewer than 5 respondents"))))
                .item(new SurveyItem("rituals.replay", "Have you used a replay?", ItemType.YES_NO, List.of(
                        new ItemGroup("All respondents", 20, List.of(new AnswerCount("0", "No", 5),
                                new AnswerCount("1", "Yes", 15)), new ItemStatistics(0.75,
                                new ItemStatistics.Favourable(15, 20, 0.53, 0.89), null), null))))
                .scale(new ScaleReading("relationship", "Relationship quality", "All respondents",
                        new ScaleReading.Figures(20, 0.83, 4.1), null))
                .comparison(new RoleComparison("pace.suits", "The pace suits me.",
                        new RoleComparison.MannWhitney(10, 10, 30, 0.04, 0.4), null))
                .theme(new WorkshopTheme("rituals.replay", ItemType.YES_NO, "Have you used a replay?", 0.25,
                        "25% of answers not favourable"))
                .theme(new WorkshopTheme("pace.suits", ItemType.AGREEMENT, "The pace suits me.", 0.3,
                        "30% of answers not favourable"))
                .theme(new WorkshopTheme("workshop.themes:time", ItemType.MULTIPLE_CHOICE, "Finding time to meet",
                        0.2, "asked for by 20% of respondents"))
                .standing("The pace of our meetings suits me. — 50% favourable (n = 20)")
                .build();
    }

    static ZonedDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PARIS);
    }
}

package io.elan.mentoring.report.engine;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.TenantScope;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.broadcast.Broadcasts;
import io.elan.mentoring.core.communication.broadcast.ParityLine;
import io.elan.mentoring.core.communication.broadcast.ParityReport;
import io.elan.mentoring.core.communication.broadcast.ParityStatus;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.PersonAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonTexts;
import io.elan.mentoring.core.engagement.WeeklyActivity;
import io.elan.mentoring.core.engagement.WeeklyMomentum;
import io.elan.mentoring.core.matching.ConfirmedProposal;
import io.elan.mentoring.matching.MatchingTexts;
import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.report.internal.Words;
import io.elan.mentoring.report.model.ActivityTotals;
import io.elan.mentoring.report.model.AnswerCount;
import io.elan.mentoring.report.model.CalendarEntry;
import io.elan.mentoring.report.model.CalendarRecord;
import io.elan.mentoring.report.model.Closure;
import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.report.model.ItemGroup;
import io.elan.mentoring.report.model.ItemStatistics;
import io.elan.mentoring.report.model.ItemType;
import io.elan.mentoring.report.model.LateJoinerRecord;
import io.elan.mentoring.report.model.MatchingRecord;
import io.elan.mentoring.report.model.Member;
import io.elan.mentoring.report.model.MessageRecord;
import io.elan.mentoring.report.model.PairEvent;
import io.elan.mentoring.report.model.PairFinding;
import io.elan.mentoring.report.model.PairRecord;
import io.elan.mentoring.report.model.ParityRecord;
import io.elan.mentoring.report.model.ProgramFacts;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.report.model.RoleComparison;
import io.elan.mentoring.report.model.ScaleReading;
import io.elan.mentoring.report.model.SendingRules;
import io.elan.mentoring.report.model.SessionRecord;
import io.elan.mentoring.report.model.SurveyItem;
import io.elan.mentoring.report.model.SurveyRecord;
import io.elan.mentoring.report.model.SurveyWindow;
import io.elan.mentoring.report.model.WeekRecord;
import io.elan.mentoring.report.model.WorkshopTheme;
import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.DroppedOccurrence;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.QuestionnaireWindow;
import io.elan.mentoring.scheduling.UnfilledGap;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointStatus;
import io.elan.mentoring.spi.store.Stores;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.report.ChoiceCount;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemComparison;
import io.elan.mentoring.survey.report.ItemFigures;
import io.elan.mentoring.survey.report.ItemResult;
import io.elan.mentoring.survey.report.ScaleResult;
import io.elan.mentoring.survey.report.SurveyReport;
import io.elan.mentoring.survey.report.ThemeSuggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads one program's {@link ReportInput} from the engine and the host's ports, in one language. This class is the
 * only part of the report that knows the engine's API; the page and the exports are written from the input alone.
 *
 * <h2>What it reads</h2>
 * <ul>
 *   <li>Pairs, participants, hotline requests and follow-up calls through {@link Elan#tenant(TenantId)}; names and
 *       contact details through {@link Elan#directory()}.</li>
 *   <li>Engagement: the assessment on the report's day, and one assessment at the end of every completed program
 *       week, from which each pair's history is rebuilt: a finding is <em>flagged</em> the first week an assessment
 *       raises it and <em>resolved</em> the first week one no longer does. Weekly meetings and messages come from the
 *       engagement tracker's counters.</li>
 *   <li>Messages from the program's {@link Outbox} entries. A nudge ({@value Engagement#NUDGE_KIND}) to a member of
 *       a pair is a <em>nudge</em> in that pair's history; an escalation to the team is attributed to its pair by
 *       {@link Engagement#escalatedPair}.</li>
 *   <li>Collective sessions and their attendance from the {@link ProgramStore}'s touchpoints.</li>
 *   <li>The calendar with the reasons for each date through {@code tenant.calendar()}, and the company's closures
 *       from the program's definition; none when the calendar was never planned.</li>
 *   <li>The sending hours and replay delay from the {@link CommunicationSettings} the engine was built with, and the
 *       questionnaire's figures from the {@link SurveyReport} its anonymity guard released, when the host gives
 *       them.</li>
 * </ul>
 *
 * <p>Thread-safe; every {@link #read()} reads the ports again.
 */
public final class ElanReportReader {
    private final Elan elan;
    private final TenantId tenant;
    private final ProgramId programId;
    private final ProgramStore store;
    private final Outbox outbox;
    private final @Nullable CommunicationSettings communication;
    private final @Nullable SurveyReport survey;
    private final @Nullable LocalDate asOf;
    private final @Nullable Locale locale;
    private final ReasonTexts reasons = new ReasonTexts();

    private ElanReportReader(Builder builder) {
        this.elan = Objects.requireNonNull(builder.elan);
        this.tenant = Objects.requireNonNull(builder.tenant);
        this.programId = Objects.requireNonNull(builder.program);
        this.store = Objects.requireNonNull(builder.programStore);
        this.outbox = Objects.requireNonNull(builder.outbox);
        this.communication = builder.communication;
        this.survey = builder.survey;
        this.asOf = builder.asOf;
        this.locale = builder.locale;
    }

    /** @return a builder; the engine, tenant, program, program store and outbox are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the program as it stands now.
     *
     * @return the report's input
     * @throws io.elan.mentoring.spi.NotFoundException if the tenant has no such program
     */
    public ReportInput read() {
        TenantScope scope = elan.tenant(tenant);
        Program program = scope.programs().get(programId);
        ZoneId zone = program.zone();
        Words words = new Words(locale != null ? locale : program.locale());
        LocalDate day = asOf != null ? asOf : today(program);
        Map<PersonId, Participant> participants = new LinkedHashMap<>();
        scope.participants().participants(programId).forEach(p -> participants.put(p.person(), p));
        List<Pair> pairs = scope.pairs().list(programId);
        @Nullable PersonId team = scope.engagement().settings().programManager();

        Set<PersonId> people = new LinkedHashSet<>(participants.keySet());
        pairs.forEach(p -> {
            people.add(p.mentor());
            people.add(p.mentee());
        });
        if (team != null) {
            people.add(team);
        }
        Map<PersonId, Person> directory = elan.directory().findAll(tenant, people);
        Names names = new Names(directory);

        Engagement engagement = scope.engagement();
        ProgramAssessment now = engagement.assess(programId, day);
        List<ProgramAssessment> weekly = new ArrayList<>();
        for (WeeklyMomentum week : now.momentum()) {
            weekly.add(engagement.assess(programId, week.firstDay().plusDays(7)));
        }
        WeeklyActivity activity = engagement.weeklyActivity(programId);
        @Nullable ProgramCalendar calendar = plannedCalendar(scope);
        List<OutboxEntry> entries;
        try (Stream<OutboxEntry> stream = outbox.entries(tenant, programId)) {
            entries = stream.toList();
        }
        Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();

        ReportInput.Builder input = ReportInput.builder()
                .program(new ProgramFacts(program.id().value(), program.name(), program.kickOff(), program.closing(),
                        zone))
                .locale(words.locale())
                .asOf(day)
                .programTeam(team == null ? null : names.of(team))
                .activity(activity(scope, activity, now.lastWeek(), endOfDay))
                .sending(communication == null ? null : sending(communication))
                .calendar(calendar == null ? null : calendar(calendar,
                        scope.programs().definition(programId).companyCalendar().toCalendar(), words))
                .survey(survey == null ? null : survey(survey, words));
        Map<PersonId, PersonAssessment> assessed = new HashMap<>();
        now.people().forEach(p -> assessed.put(p.person(), p));
        Histories histories = new Histories(words, zone);
        histories.findings(weekly, reasons, names);
        histories.messages(entries, pairs, participants.keySet(), names, endOfDay, engagement);
        List<Map<PairId, EngagementLevel>> weeklyLevels = new ArrayList<>();
        for (ProgramAssessment week : weekly) {
            Map<PairId, EngagementLevel> levels = new HashMap<>();
            week.pairs().forEach(p -> levels.put(p.pair(), level(p.status())));
            weeklyLevels.add(levels);
        }
        for (PairAssessment pair : now.pairs()) {
            input.pair(pair(pair, assessed, directory, names, histories, words, day, weeklyLevels));
        }
        now.programFindings().forEach(f -> input.programFinding(words.typeset(reasons.describe(f, words.locale()))));
        for (int w = 0; w < weekly.size(); w++) {
            input.week(week(now.momentum().get(w), weekly.get(w), activity));
        }
        sessions(program, participants, calendar, words, endOfDay).forEach(input::session);
        entries.forEach(entry -> input.message(message(entry, names, zone)));
        parity(scope, program, day).forEach(input::parity);
        lateJoiners(program, participants.values(), entries, names, endOfDay).forEach(input::lateJoiner);
        scope.matching().lastConfirmed(programId).ifPresent(confirmed -> input.matching(matching(confirmed, names,
                words, zone)));
        return input.build();
    }

    /** What the program's matching confirmed, said in the report's language. */
    private static MatchingRecord matching(ConfirmedProposal confirmed, Names names, Words words, ZoneId zone) {
        Proposal proposal = confirmed.proposal();
        MatchingTexts texts = new MatchingTexts();
        List<MatchingRecord.MatchedPair> pairs = proposal.pairs().stream()
                .map(p -> new MatchingRecord.MatchedPair(names.of(p.mentor()), names.of(p.mentee()), p.score(),
                        p.pinned(), p.explain(words.locale()).stream().map(words::typeset).toList()))
                .toList();
        List<MatchingRecord.LeftOut> unmatched = proposal.unmatched().stream()
                .map(u -> new MatchingRecord.LeftOut(names.of(u.person()), u.role(),
                        texts.label(u.reason(), words.locale()), words.typeset(u.explain(words.locale()))))
                .toList();
        return new MatchingRecord(LocalDate.ofInstant(confirmed.confirmedAt(), zone), confirmed.confirmations(),
                proposal.maxPairScore(), pairs, unmatched);
    }

    /**
     * Each monthly message sent by the report's day, community by community: who of the community it reached, and
     * how many of them through a catch-up digest. A month with no message to a community has no record.
     */
    private static List<ParityRecord> parity(TenantScope scope, Program program, LocalDate day) {
        List<ParityRecord> records = new ArrayList<>();
        YearMonth last = YearMonth.from(day.isAfter(program.closing()) ? program.closing() : day);
        for (YearMonth month = YearMonth.from(program.kickOff()); !month.isAfter(last); month = month.plusMonths(1)) {
            for (Role community : List.of(Role.MENTOR, Role.MENTEE)) {
                ParityReport report;
                try {
                    report = scope.communication().monthlyMessages().parity(program.id(), month, community);
                } catch (NotFoundException noMessageThatMonth) {
                    continue;
                }
                int delivered = report.withStatus(ParityStatus.DELIVERED).size();
                int viaCatchUp = (int) report.withStatus(ParityStatus.DELIVERED).stream()
                        .filter(ParityLine::viaCatchUp).count();
                records.add(new ParityRecord(month, community, report.lines().size(), delivered, viaCatchUp));
            }
        }
        return records;
    }

    /** The participants enrolled after the kick-off, with the catch-up digests delivered to them by the day's end. */
    private static List<LateJoinerRecord> lateJoiners(Program program, Collection<Participant> participants,
            List<OutboxEntry> entries, Names names, Instant endOfDay) {
        Map<PersonId, Integer> digests = new HashMap<>();
        for (OutboxEntry entry : entries) {
            Instant settled = entry.settledAt();
            if (Broadcasts.CATCH_UP_KIND.equals(entry.message().kind()) && entry.state() == OutboxState.DELIVERED
                    && settled != null && settled.isBefore(endOfDay)) {
                digests.merge(entry.message().recipient(), 1, Integer::sum);
            }
        }
        List<LateJoinerRecord> late = new ArrayList<>();
        for (Participant participant : participants) {
            if (participant.enrolledOn().isAfter(program.kickOff())) {
                late.add(new LateJoinerRecord(names.of(participant.person()), participant.role(),
                        participant.enrolledOn(), digests.getOrDefault(participant.person(), 0)));
            }
        }
        return late;
    }

    /** The engine's day in the program's zone, no later than the closing day, which a finished program is read at. */
    private LocalDate today(Program program) {
        LocalDate today = LocalDate.now(elan.clock().withZone(program.zone()));
        return today.isAfter(program.closing()) ? program.closing() : today;
    }

    private PairRecord pair(PairAssessment pair, Map<PersonId, PersonAssessment> assessed,
            Map<PersonId, Person> directory, Names names, Histories histories, Words words, LocalDate day,
            List<Map<PairId, EngagementLevel>> weeklyLevels) {
        List<PairEvent> history = histories.of(pair.pair().value());
        List<PairFinding> findings = new ArrayList<>();
        for (Finding finding : pair.findings()) {
            String key = Histories.key(finding);
            findings.add(new PairFinding(finding.code().name(), level(finding.severity()),
                    finding.person() == null ? null : finding.person().value(),
                    histories.since(pair.pair().value(), key, day), words.typeset(reasons.describe(finding,
                            words.locale()))));
        }
        List<EngagementLevel> levels = new ArrayList<>();
        EngagementLevel previous = EngagementLevel.ENGAGED;
        for (Map<PairId, EngagementLevel> week : weeklyLevels) {
            previous = week.getOrDefault(pair.pair(), previous);
            levels.add(previous);
        }
        return new PairRecord(pair.pair().value(), member(pair.mentor(), Role.MENTOR, assessed, directory, names),
                member(pair.mentee(), Role.MENTEE, assessed, directory, names), level(pair.status()), findings,
                history, levels);
    }

    private static Member member(PersonId id, Role role, Map<PersonId, PersonAssessment> assessed,
            Map<PersonId, Person> directory, Names names) {
        Person person = directory.get(id);
        PersonAssessment assessment = assessed.get(id);
        double attendance = assessment == null ? 0 : Math.max(0, Math.min(1, assessment.attendanceRate()));
        return new Member(id.value(), names.of(id), role, person == null ? null : person.email(),
                person == null ? null : person.phone(), attendance);
    }

    private static EngagementLevel level(EngagementStatus status) {
        return EngagementLevel.valueOf(status.name());
    }

    private static WeekRecord week(WeeklyMomentum momentum, ProgramAssessment assessment, WeeklyActivity activity) {
        Map<EngagementLevel, Integer> byLevel = new EnumMap<>(EngagementLevel.class);
        for (EngagementLevel level : EngagementLevel.values()) {
            byLevel.put(level, 0);
        }
        int met = 0;
        int inTouch = 0;
        int w = momentum.week();
        for (PairAssessment pair : assessment.pairs()) {
            byLevel.merge(level(pair.status()), 1, Integer::sum);
            boolean meeting = w < activity.weekStarts().size()
                    && activity.count(pair.pair(), ActivityKind.PAIR_MEETING, w) > 0;
            boolean message = w < activity.weekStarts().size()
                    && activity.count(pair.pair(), ActivityKind.PAIR_MESSAGE, w) > 0;
            met += meeting ? 1 : 0;
            inTouch += meeting || message ? 1 : 0;
        }
        return new WeekRecord(w, momentum.firstDay(), momentum.quiet(), byLevel, met, inTouch);
    }

    private ActivityTotals activity(TenantScope scope, WeeklyActivity activity, int lastWeek, Instant endOfDay) {
        int meetings = 0;
        int messages = 0;
        int weeks = Math.min(lastWeek + 1, activity.weekStarts().size());
        for (var pair : activity.pairs()) {
            for (int w = 0; w < weeks; w++) {
                meetings += activity.count(pair, ActivityKind.PAIR_MEETING, w);
                messages += activity.count(pair, ActivityKind.PAIR_MESSAGE, w);
            }
        }
        int raised = 0;
        int answered = 0;
        int late = 0;
        for (HotlineRequest request : scope.hotline().list(programId)) {
            if (!request.raisedAt().isBefore(endOfDay)) {
                continue;
            }
            raised++;
            Instant answeredAt = request.answeredAt();
            if (answeredAt != null && answeredAt.isBefore(endOfDay)) {
                answered++;
                if (answeredAt.isAfter(scope.hotline().answerDueBy(programId, request))) {
                    late++;
                }
            }
        }
        int logged = 0;
        int concerns = 0;
        for (FollowUpCall call : scope.followUps().list(programId)) {
            Instant at = call.loggedAt();
            // A call nobody answered is tried again: it counts once it is held.
            if (call.status() == CallStatus.LOGGED && at != null && at.isBefore(endOfDay)
                    && call.outcome() != CallOutcome.NO_ANSWER) {
                logged++;
                concerns += call.outcome() == CallOutcome.CONCERN_RAISED ? 1 : 0;
            }
        }
        return new ActivityTotals(meetings, messages, new ActivityTotals.Hotline(raised, answered, late),
                new ActivityTotals.FollowUps(logged, concerns));
    }

    /**
     * The collective sessions that took place by the end of the report's day. Those invited are the people whose
     * attendance was recorded and the active members of the audience enrolled by then: a host may record only those
     * who came.
     */
    private List<SessionRecord> sessions(Program program, Map<PersonId, Participant> participants,
            @Nullable ProgramCalendar calendar, Words words, Instant endOfDay) {
        List<SessionRecord> sessions = new ArrayList<>();
        for (Touchpoint touchpoint : store.touchpoints(tenant, programId)) {
            if (!touchpoint.format().isCollective() || !touchpoint.format().isSynchronous()
                    || touchpoint.status() == TouchpointStatus.CANCELLED || !touchpoint.end().isBefore(endOfDay)) {
                continue;
            }
            List<Attendance> recorded = elan.tenant(tenant).activity().attendance(programId, touchpoint.id());
            if (recorded.isEmpty() && touchpoint.status() != TouchpointStatus.HELD) {
                continue;
            }
            ZonedDateTime start = touchpoint.start().atZone(program.zone());
            Set<PersonId> invited = new HashSet<>();
            int attended = 0;
            for (Attendance a : recorded) {
                invited.add(a.person());
                attended += a.status() == AttendanceStatus.ATTENDED ? 1 : 0;
            }
            for (Participant p : participants.values()) {
                if (p.isActive() && touchpoint.audience().includes(p.role())
                        && !p.enrolledOn().isAfter(start.toLocalDate())) {
                    invited.add(p.person());
                }
            }
            String title = calendar == null ? touchpoint.theme() : calendar.find(touchpoint.id().value())
                    .map(t -> t.summary(words.locale())).orElse(touchpoint.theme());
            sessions.add(new SessionRecord(touchpoint.id().value(), start, touchpoint.format(),
                    touchpoint.audience(), title, invited.size(), attended));
        }
        return sessions;
    }

    /** A message as it stands when the report is read, sent after the report's day or not. */
    private static MessageRecord message(OutboxEntry entry, Names names, ZoneId zone) {
        OutgoingMessage message = entry.message();
        MessageRecord.Delivery delivery = switch (entry.state()) {
            case DELIVERED -> MessageRecord.Delivery.SENT;
            case DEAD -> MessageRecord.Delivery.GIVEN_UP;
            case PENDING, IN_FLIGHT -> MessageRecord.Delivery.WAITING;
        };
        Instant at = entry.state().isFinal() && entry.settledAt() != null ? entry.settledAt()
                : entry.nextAttemptAt();
        return new MessageRecord(at.atZone(zone), delivery, message.kind(), message.channel().name(),
                names.of(message.recipient()), message.recipientZone(), message.content().title());
    }

    /** The calendar as the engine planned it, or none for a program whose calendar was never planned. */
    private @Nullable ProgramCalendar plannedCalendar(TenantScope scope) {
        try {
            return scope.calendar().calendar(programId);
        } catch (RefusedOperationException neverPlanned) {
            return null;
        }
    }

    private static SendingRules sending(CommunicationSettings settings) {
        SendingHours hours = settings.sendingHours();
        return new SendingRules(hours.days(), hours.from(), hours.until(), settings.replayDelay());
    }

    private static CalendarRecord calendar(ProgramCalendar planned, CompanyCalendar companyCalendar,
            Words words) {
        Locale language = words.locale();
        List<CalendarEntry> entries = new ArrayList<>();
        for (PlannedTouchpoint touchpoint : planned.touchpoints()) {
            entries.add(new CalendarEntry(touchpoint.key(), touchpoint.start(), touchpoint.format(),
                    touchpoint.audience(), touchpoint.summary(language),
                    touchpoint.reasons().stream().map(r -> r.describe(language)).toList()));
        }
        List<Closure> closures = new ArrayList<>();
        for (Blackout blackout : companyCalendar.blackouts()) {
            closures.add(new Closure(blackout.first(), blackout.last(), blackout.label().in(language)));
        }
        List<SurveyWindow> windows = new ArrayList<>();
        for (QuestionnaireWindow window : planned.questionnaires()) {
            windows.add(new SurveyWindow(window.opens(), window.closes()));
        }
        List<String> notKept = new ArrayList<>();
        planned.dropped().stream().map((DroppedOccurrence d) -> d.describe(language)).forEach(notKept::add);
        planned.unfilledGaps().stream().map((UnfilledGap g) -> g.describe(language)).forEach(notKept::add);
        return new CalendarRecord(entries, closures, windows, notKept);
    }

    /** The survey figures exactly as the guard released them: nothing is recomputed or combined here. */
    private static SurveyRecord survey(SurveyReport report, Words words) {
        Locale language = words.locale();
        SurveyRecord.Builder survey = SurveyRecord.builder()
                .title(report.header().title().in(language))
                .threshold(report.header().threshold());
        GroupReport whole = report.groups().get(0);
        if (whole.figures() != null) {
            survey.participation(whole.figures().invited(), whole.figures().respondents());
        }
        Map<String, ItemKind> kinds = new LinkedHashMap<>();
        Map<String, String> questions = new LinkedHashMap<>();
        for (GroupReport group : report.groups()) {
            for (ItemResult item : group.items()) {
                kinds.putIfAbsent(item.item(), item.kind());
                questions.putIfAbsent(item.item(), item.text().in(language));
            }
        }
        for (Map.Entry<String, ItemKind> item : kinds.entrySet()) {
            List<ItemGroup> groups = new ArrayList<>();
            for (GroupReport group : report.groups()) {
                group.items().stream().filter(i -> i.item().equals(item.getKey())).findFirst()
                        .ifPresent(result -> groups.add(itemGroup(group.name().in(language), result, language)));
            }
            survey.item(new SurveyItem(item.getKey(), questions.get(item.getKey()), type(item.getValue()), groups));
        }
        for (GroupReport group : report.groups()) {
            for (ScaleResult scale : group.scales()) {
                var figures = scale.figures();
                survey.scale(new ScaleReading(scale.scale(), scale.name().in(language), group.name().in(language),
                        figures == null ? null : new ScaleReading.Figures(figures.n(), figures.cronbachAlpha(),
                                figures.mean()),
                        scale.withheld() == null ? null : scale.withheld().explanation().in(language)));
            }
        }
        for (ItemComparison comparison : report.mentorsVsMentees()) {
            var test = comparison.test();
            survey.comparison(new RoleComparison(comparison.item(), comparison.text().in(language),
                    test == null ? null : new RoleComparison.MannWhitney(test.mentors(), test.mentees(), test.u(),
                            test.p(), test.rankBiserial()),
                    comparison.withheld() == null ? null : comparison.withheld().explanation().in(language)));
        }
        for (ThemeSuggestion theme : report.workshopThemes()) {
            String item = theme.source().contains(":") ? theme.source().substring(0, theme.source().indexOf(':'))
                    : theme.source();
            ItemKind kind = kinds.get(item);
            if (kind != null) {
                survey.theme(new WorkshopTheme(theme.source(), type(kind), theme.theme().in(language),
                        Math.max(0, Math.min(1, theme.share())), theme.why().in(language)));
            }
        }
        report.pairsStanding().reading().forEach(line -> survey.standing(line.in(language)));
        return survey.build();
    }

    private static ItemGroup itemGroup(String name, ItemResult result, Locale language) {
        ItemFigures figures = result.figures();
        if (figures == null) {
            String why = result.withheld() == null ? "" : result.withheld().explanation().in(language);
            return new ItemGroup(name, null, List.of(), null, why);
        }
        List<AnswerCount> answers = new ArrayList<>();
        for (ChoiceCount count : figures.distribution()) {
            answers.add(new AnswerCount(count.value(), count.label().in(language), count.count()));
        }
        ItemStatistics statistics = null;
        if (result.kind().numeric()) {
            var favourable = figures.favourable();
            var nps = figures.netPromoterScore();
            statistics = new ItemStatistics(figures.summary() == null ? null : figures.summary().mean(),
                    favourable == null ? null : new ItemStatistics.Favourable(favourable.count(), favourable.n(),
                            favourable.lower(), favourable.upper()),
                    nps == null ? null : new ItemStatistics.NetPromoter(nps.promoters(), nps.passives(),
                            nps.detractors(), nps.score()));
        }
        return new ItemGroup(name, figures.n(), answers, statistics, null);
    }

    private static ItemType type(ItemKind kind) {
        return switch (kind) {
            case LIKERT_5, LIKERT_7 -> ItemType.AGREEMENT;
            case SCORE_0_10 -> ItemType.SCORE;
            case YES_NO -> ItemType.YES_NO;
            case SINGLE_CHOICE -> ItemType.SINGLE_CHOICE;
            case MULTIPLE_CHOICE -> ItemType.MULTIPLE_CHOICE;
            case FREE_TEXT -> ItemType.FREE_TEXT;
        };
    }

    /**
     * Each pair's history, rebuilt from the weekly assessments and the nudges in the outbox. Confined to one
     * {@link #read()}.
     */
    private static final class Histories {
        private final Words words;
        private final ZoneId zone;
        private final Map<String, List<PairEvent>> events = new HashMap<>();
        private final Map<String, Map<String, LocalDate>> since = new HashMap<>();

        Histories(Words words, ZoneId zone) {
            this.words = words;
            this.zone = zone;
        }

        /** A finding's identity from week to week: its code, and the member it is about. */
        static String key(Finding finding) {
            return finding.code().name() + (finding.person() == null ? "" : "/" + finding.person().value());
        }

        void findings(List<ProgramAssessment> weekly, ReasonTexts reasons, Names names) {
            Map<String, Map<String, Finding>> previous = new HashMap<>();
            for (ProgramAssessment assessment : weekly) {
                LocalDate date = assessment.asOf();
                for (PairAssessment pair : assessment.pairs()) {
                    String id = pair.pair().value();
                    Map<String, Finding> current = new LinkedHashMap<>();
                    pair.findings().forEach(f -> current.putIfAbsent(key(f), f));
                    Map<String, Finding> before = previous.getOrDefault(id, Map.of());
                    for (Map.Entry<String, Finding> f : current.entrySet()) {
                        if (!before.containsKey(f.getKey())) {
                            add(id, finding(date, PairEvent.Kind.FLAGGED, f.getValue(), reasons, names));
                            since.computeIfAbsent(id, k -> new HashMap<>()).put(f.getKey(), date);
                        }
                    }
                    for (Map.Entry<String, Finding> f : before.entrySet()) {
                        if (!current.containsKey(f.getKey())) {
                            add(id, finding(date, PairEvent.Kind.RESOLVED, f.getValue(), reasons, names));
                        }
                    }
                    previous.put(id, current);
                }
            }
        }

        private PairEvent finding(LocalDate date, PairEvent.Kind kind, Finding finding, ReasonTexts reasons,
                Names names) {
            return new PairEvent(date, kind, finding.code().name(),
                    finding.person() == null ? List.of() : List.of(names.of(finding.person())),
                    words.typeset(reasons.describe(finding, words.locale())));
        }

        /**
         * Nudges delivered to members of a pair, one event per pair and day; escalations delivered to the team,
         * each attributed to the pair it names.
         */
        void messages(List<OutboxEntry> entries, List<Pair> pairs, Set<PersonId> participants, Names names,
                Instant endOfDay, Engagement engagement) {
            Map<String, Map<LocalDate, Set<String>>> nudged = new HashMap<>();
            Map<String, String> nudgeSubjects = new HashMap<>();
            for (OutboxEntry entry : entries) {
                OutgoingMessage message = entry.message();
                Instant settled = entry.settledAt();
                if (!Engagement.NUDGE_KIND.equals(message.kind()) || entry.state() != OutboxState.DELIVERED
                        || settled == null || !settled.isBefore(endOfDay)) {
                    continue;
                }
                LocalDate date = settled.atZone(zone).toLocalDate();
                Optional<Pair> member = pairs.stream()
                        .filter(p -> p.mentor().equals(message.recipient()) || p.mentee().equals(message.recipient()))
                        .filter(p -> !p.formedOn().isAfter(date)
                                && (p.endedOn() == null || !p.endedOn().isBefore(date)))
                        .findFirst();
                if (member.isPresent()) {
                    String id = member.get().id().value();
                    nudged.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(date, d -> new LinkedHashSet<>())
                            .add(names.of(message.recipient()));
                    nudgeSubjects.putIfAbsent(id, message.content().title());
                } else if (!participants.contains(message.recipient())) {
                    engagement.escalatedPair(message).ifPresent(pair -> add(pair.value(), new PairEvent(date,
                            PairEvent.Kind.ESCALATED, null, List.of(names.of(message.recipient())),
                            message.content().title())));
                }
            }
            nudged.forEach((pair, days) -> days.forEach((date, who) -> add(pair, new PairEvent(date,
                    PairEvent.Kind.NUDGED, null, List.copyOf(who), nudgeSubjects.get(pair)))));
        }

        private void add(String pair, PairEvent event) {
            events.computeIfAbsent(pair, k -> new ArrayList<>()).add(event);
        }

        List<PairEvent> of(String pair) {
            return events.getOrDefault(pair, List.of());
        }

        LocalDate since(String pair, String key, LocalDate fallback) {
            return since.getOrDefault(pair, Map.of()).getOrDefault(key, fallback);
        }
    }

    /** Display names from the directory; an id stands in for a person it does not know. */
    private record Names(Map<PersonId, Person> directory) {
        String of(PersonId id) {
            Person person = directory.get(id);
            return person == null ? id.value() : person.displayName();
        }
    }

    /** Builds an {@link ElanReportReader}; {@link #build()} names every missing part. Not thread-safe. */
    public static final class Builder {
        private @Nullable Elan elan;
        private @Nullable TenantId tenant;
        private @Nullable ProgramId program;
        private @Nullable ProgramStore programStore;
        private @Nullable Outbox outbox;
        private @Nullable CommunicationSettings communication;
        private @Nullable SurveyReport survey;
        private @Nullable LocalDate asOf;
        private @Nullable Locale locale;

        private Builder() {}

        /**
         * @param value the engine the program runs on
         * @return this builder
         */
        public Builder elan(Elan value) { elan = value; return this; }

        /**
         * @param tenantId the tenant
         * @param programId the program
         * @return this builder
         */
        public Builder program(TenantId tenantId, ProgramId programId) {
            tenant = tenantId;
            program = programId;
            return this;
        }

        /**
         * @param value the store the engine was built with, for the program's touchpoints
         * @return this builder
         */
        public Builder programStore(ProgramStore value) { programStore = value; return this; }

        /**
         * @param value the outbox the engine was built with, for the messages
         * @return this builder
         */
        public Builder outbox(Outbox value) { outbox = value; return this; }

        /**
         * Takes the program store and the outbox from the bundle the engine was built with.
         *
         * @param value the engine's stores
         * @return this builder
         */
        public Builder stores(Stores value) {
            programStore = value.programStore();
            outbox = value.outbox();
            return this;
        }

        /**
         * @param value the communication settings the engine was built with, for the sending hours and the replay
         *     delay the report states and checks the messages against; without them it states neither
         * @return this builder
         */
        public Builder communicationSettings(@Nullable CommunicationSettings value) {
            communication = value;
            return this;
        }

        /**
         * @param value the latest questionnaire wave as its anonymity guard released it; without it the report has
         *     no survey section
         * @return this builder
         */
        public Builder survey(@Nullable SurveyReport value) { survey = value; return this; }

        /**
         * @param value the day the report describes; today on the engine's clock, in the program's zone, unless
         *     set, and the closing day for a program that is over
         * @return this builder
         */
        public Builder asOf(@Nullable LocalDate value) { asOf = value; return this; }

        /**
         * @param value the report's language; the program's unless set
         * @return this builder
         */
        public Builder locale(@Nullable Locale value) { locale = value; return this; }

        /**
         * @return the reader
         * @throws InvalidValueException naming every missing part
         */
        public ElanReportReader build() {
            List<Violation> missing = new ArrayList<>();
            if (elan == null) {
                missing.add(Violation.of("elan", "is required"));
            }
            if (tenant == null || program == null) {
                missing.add(Violation.of("program", "is required, with its tenant"));
            }
            if (programStore == null) {
                missing.add(Violation.of("programStore", "is required"));
            }
            if (outbox == null) {
                missing.add(Violation.of("outbox", "is required"));
            }
            if (!missing.isEmpty()) {
                throw new InvalidValueException(missing);
            }
            return new ElanReportReader(this);
        }
    }
}

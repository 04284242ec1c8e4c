package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.PersonAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.core.engagement.SignalWeights;
import io.elan.mentoring.core.engagement.WeeklyMomentum;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointStatus;
import io.elan.mentoring.spi.validation.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Assesses the engagement of a program's pairs and participants at any date, over a trailing window of 6 to 8
 * active weeks, against each pair's own first weeks and against the program's norm.
 *
 * <h2>Weeks</h2>
 * Only program weeks completed before the evaluated date are read. A week is quiet when at least
 * {@link EngagementSettings#quietWeekMinDays()} of its working days are holidays or blackouts
 * in the program's company calendar; quiet weeks are skipped, so the window reaches further back instead of reading a
 * holiday as silence, and baselines are measured over active weeks too.
 *
 * <h2>Findings</h2>
 * See {@link ReasonCode} for what each finding means and which numbers it carries. A pair's status is the worst
 * severity among its findings and its members' findings. Weak signals (falling exchanges or attendance) stay
 * {@link EngagementStatus#WATCH} even together: with monthly touchpoints and a few weeks of history they are too noisy
 * to trigger nudges on their own. A follow-up call that raised a concern is read from the store, not the counters: it
 * holds from the day it is logged, even before the window is full. Paused and ended pairs, and participants who left
 * or withdrew, are not assessed.
 *
 * <h2>Cost and thread safety</h2>
 * O(pairs + people) times the number of weeks, without reading the activity log. Thread-safe; an assessment holds the
 * program's lock while it reads the counters, so recording waits for it.
 */
public final class DisengagementDetector {

    private final EngagementTracker tracker;
    private final ProgramStore store;
    private final Function<Program, CompanyCalendar> calendars;
    private final EngagementSettings settings;

    /**
     * @param tracker the weekly counters, whose settings and clock this detector shares
     * @param store where touchpoints, pairs and participants are read
     * @param calendars each program's company calendar: its closures make quiet weeks
     */
    public DisengagementDetector(EngagementTracker tracker, ProgramStore store,
            Function<Program, CompanyCalendar> calendars) {
        this.tracker = Checks.present(tracker, "tracker");
        this.store = Checks.present(store, "store");
        this.calendars = Checks.present(calendars, "calendars");
        this.settings = tracker.settings();
    }

    /**
     * Assesses a program today, in the program's zone, by the tracker's clock.
     *
     * @param tenant the tenant
     * @param program the program
     * @return the assessment
     * @throws NotFoundException if the tenant has no such program
     */
    public ProgramAssessment assess(TenantId tenant, ProgramId program) {
        TrackedProgram tracked = tracker.require(tenant, program);
        ZoneId zone;
        synchronized (tracked) {
            zone = tracked.program.zone();
        }
        return assess(tenant, program, LocalDate.now(tracker.clock().withZone(zone)));
    }

    /**
     * Assesses every running or closing program of a tenant today, each in its own zone.
     *
     * @param tenant the tenant
     * @return one assessment per program, by program id
     */
    public List<ProgramAssessment> assessAll(TenantId tenant) {
        List<ProgramAssessment> all = new ArrayList<>();
        for (Program p : store.programs(tenant)) {
            if (p.status() == ProgramStatus.RUNNING || p.status() == ProgramStatus.CLOSING) {
                all.add(assess(tenant, p.id()));
            }
        }
        return all;
    }

    /**
     * Assesses a program at a date.
     *
     * @param tenant the tenant
     * @param program the program
     * @param asOf the date; weeks completed before it are read
     * @return the assessment
     * @throws NotFoundException if the tenant has no such program
     */
    public ProgramAssessment assess(TenantId tenant, ProgramId program, LocalDate asOf) {
        Checks.present(asOf, "asOf");
        TrackedProgram tracked = tracker.require(tenant, program);
        tracker.refreshRoster(tenant, program, tracked);
        List<Touchpoint> touchpoints = store.touchpoints(tenant, program);
        ProgramWeeks weeks;
        synchronized (tracked) {
            weeks = tracked.weeks;
        }
        int lastWeek = (int) Math.min(weeks.count() - 1L, weeks.weekOf(asOf) - 1L);
        if (lastWeek < 0) {
            return new ProgramAssessment(tenant, program, asOf, -1, List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }
        Calendar calendar = calendar(tenant, program, weeks, lastWeek, touchpoints);
        Map<PersonId, List<Integer>> concerns = concerns(store.followUpCalls(tenant, program), weeks,
                weeks.weekOf(asOf));
        synchronized (tracked) {
            if (tracked.weeks != weeks) {
                return assess(tenant, program, asOf);
            }
            return new Evaluation(tenant, program, asOf, lastWeek, weeks, calendar, tracked.ledger, settings,
                    concerns).run();
        }
    }

    /**
     * The program weeks of the calls that raised a concern, by person, up to the week of the evaluated date: a
     * concern stays until a later call with the same person went well.
     */
    private static Map<PersonId, List<Integer>> concerns(List<FollowUpCall> calls, ProgramWeeks weeks,
            int asOfWeek) {
        Map<PersonId, List<FollowUpCall>> logged = new HashMap<>();
        for (FollowUpCall call : calls) {
            Instant at = call.loggedAt();
            if (call.status() == CallStatus.LOGGED && at != null && weeks.weekOf(at) <= asOfWeek) {
                logged.computeIfAbsent(call.person(), p -> new ArrayList<>()).add(call);
            }
        }
        Map<PersonId, List<Integer>> concerns = new HashMap<>();
        logged.forEach((person, theirs) -> {
            Instant settled = theirs.stream().filter(c -> c.outcome() == CallOutcome.REACHED)
                    .map(FollowUpCall::loggedAt).max(Comparator.naturalOrder()).orElse(Instant.MIN);
            List<Integer> open = theirs.stream()
                    .filter(c -> c.outcome() == CallOutcome.CONCERN_RAISED && c.loggedAt().isAfter(settled))
                    .map(c -> weeks.weekOf(c.loggedAt())).sorted().toList();
            if (!open.isEmpty()) {
                concerns.put(person, open);
            }
        });
        return concerns;
    }

    /**
     * The momentum series of a program up to a date: one point per completed week.
     *
     * @param tenant the tenant
     * @param program the program
     * @param asOf the date
     * @return the series, week 0 first
     * @throws NotFoundException if the tenant has no such program
     */
    public List<WeeklyMomentum> momentum(TenantId tenant, ProgramId program, LocalDate asOf) {
        return assess(tenant, program, asOf).momentum();
    }

    private Calendar calendar(TenantId tenant, ProgramId program, ProgramWeeks weeks, int lastWeek,
            List<Touchpoint> touchpoints) {
        int n = lastWeek + 1;
        CompanyCalendar company = calendars.apply(store.findProgram(tenant, program)
                .orElseThrow(() -> new NotFoundException("program", program.value())));
        boolean[] quiet = new boolean[n];
        for (int w = 0; w < n; w++) {
            int excluded = 0;
            LocalDate first = weeks.firstDay(w);
            for (int d = 0; d < 7; d++) {
                LocalDate day = first.plusDays(d);
                if (company.workingDays().contains(day.getDayOfWeek()) && company.isClosed(day)) {
                    excluded++;
                }
            }
            quiet[w] = excluded >= settings.quietWeekMinDays();
        }
        int[] forMentors = new int[n];
        int[] forMentees = new int[n];
        for (Touchpoint t : touchpoints) {
            int w = weeks.weekOf(t.start());
            // Only gatherings people attend count as invitations: a monthly message or a round of individual calls
            // cannot be attended, and counting them would read as falling participation.
            boolean attendable = t.format().isSynchronous() && t.format().isCollective();
            if (!attendable || t.status() == TouchpointStatus.CANCELLED || w < 0 || w >= n) {
                continue;
            }
            if (t.audience().includes(Role.MENTOR)) {
                forMentors[w]++;
            }
            if (t.audience().includes(Role.MENTEE)) {
                forMentees[w]++;
            }
        }
        return new Calendar(quiet, forMentors, forMentees);
    }

    private record Calendar(boolean[] quiet, int[] forMentors, int[] forMentees) {}

    /** One assessment's working state: arrays sized by the program, read under the program's lock. */
    private static final class Evaluation {
        private final TenantId tenant;
        private final ProgramId program;
        private final LocalDate asOf;
        private final int lastWeek;
        private final ProgramWeeks weeks;
        private final Calendar calendar;
        private final ProgramLedger ledger;
        private final EngagementSettings settings;
        private final double wMeeting;
        private final double wMessage;
        private final double[] wPerson;
        private final int[] active;
        private final int[] activeBefore;
        private final int[] window;
        private final Map<PersonId, List<Integer>> concerns;

        Evaluation(TenantId tenant, ProgramId program, LocalDate asOf, int lastWeek, ProgramWeeks weeks,
                Calendar calendar, ProgramLedger ledger, EngagementSettings settings,
                Map<PersonId, List<Integer>> concerns) {
            this.tenant = tenant;
            this.program = program;
            this.asOf = asOf;
            this.lastWeek = lastWeek;
            this.weeks = weeks;
            this.calendar = calendar;
            this.ledger = ledger;
            this.settings = settings;
            this.concerns = concerns;
            SignalWeights sw = settings.weights();
            this.wMeeting = sw.pairMeeting();
            this.wMessage = sw.pairMessage();
            this.wPerson = new double[] {
                sw.touchpointAttended(), sw.hotlineRequest(), sw.surveyAnswered(), sw.checkpointCall()
            };
            int[] list = new int[lastWeek + 1];
            this.activeBefore = new int[lastWeek + 2];
            int count = 0;
            for (int w = 0; w <= lastWeek; w++) {
                activeBefore[w] = count;
                if (!calendar.quiet()[w]) {
                    list[count++] = w;
                }
            }
            activeBefore[lastWeek + 1] = count;
            this.active = Arrays.copyOf(list, count);
            this.window = Arrays.copyOfRange(active, Math.max(0, count - settings.windowWeeks()), count);
        }

        ProgramAssessment run() {
            boolean windowFull = window.length == settings.windowWeeks();
            int windowFirst = window.length > 0 ? window[0] : lastWeek + 1;
            int pairs = ledger.pairCount();
            int people = ledger.personCount();

            double[] windowRate = new double[pairs];
            boolean[] comparable = new boolean[pairs];
            boolean[] exchangedInWindow = new boolean[people];
            double[] normSample = new double[pairs];
            int sampled = 0;
            for (int p = 0; p < pairs; p++) {
                if (!ledger.pairActive(p) || ledger.pairStartWeek(p) > lastWeek) {
                    continue;
                }
                double sum = 0;
                for (int w : window) {
                    sum += exchanges(p, w);
                }
                if (sum > 0) {
                    exchangedInWindow[ledger.pairMentor(p)] = true;
                    exchangedInWindow[ledger.pairMentee(p)] = true;
                }
                if (windowFull && ledger.pairStartWeek(p) <= windowFirst) {
                    windowRate[p] = sum / window.length;
                    comparable[p] = true;
                    normSample[sampled++] = windowRate[p];
                }
            }
            double exchangeNorm = median(normSample, sampled);

            int[] invited = new int[people];
            int[] attended = new int[people];
            long invitedTotal = 0;
            long attendedTotal = 0;
            for (int s = 0; s < people; s++) {
                if (!ledger.personActive(s) || ledger.personStartWeek(s) > windowFirst) {
                    continue;
                }
                int[] offered = ledger.personMentor(s) ? calendar.forMentors() : calendar.forMentees();
                for (int w : window) {
                    invited[s] += offered[w];
                    attended[s] += Math.min(offered[w], ledger.personCount(s, ProgramLedger.ATTENDED, w));
                }
                invitedTotal += invited[s];
                attendedTotal += attended[s];
            }
            double attendanceNorm = invitedTotal == 0 ? 0 : (double) attendedTotal / invitedTotal;

            List<List<Finding>> personFindings = new ArrayList<>(people);
            List<PersonAssessment> personAssessments = new ArrayList<>();
            for (int s = 0; s < people; s++) {
                List<Finding> found = personFindings(s, windowFull, windowFirst, invited[s], attended[s],
                        exchangedInWindow[s], attendanceNorm);
                Finding concern = concern(s, windowFirst);
                if (concern != null) {
                    found = new ArrayList<>(found);
                    found.add(concern);
                }
                personFindings.add(found);
                if (ledger.personActive(s) && ledger.personStartWeek(s) <= lastWeek) {
                    personAssessments.add(new PersonAssessment(ledger.person(s),
                            ledger.personMentor(s) ? Role.MENTOR : Role.MENTEE, status(found), found,
                            invited[s] == 0 ? 0 : (double) attended[s] / invited[s]));
                }
            }

            List<PairAssessment> pairAssessments = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                if (!ledger.pairActive(p) || ledger.pairStartWeek(p) > lastWeek) {
                    continue;
                }
                pairAssessments.add(assessPair(p, comparable[p], windowRate[p], exchangeNorm, personFindings));
            }
            pairAssessments.sort(Comparator.comparing(a -> a.pair().value()));
            personAssessments.sort(Comparator.comparing(a -> a.person().value()));

            List<WeeklyMomentum> momentum = momentum();
            List<Finding> programFindings = programFindings(momentum, windowFull);
            List<Integer> windowWeeks = Arrays.stream(window).boxed().toList();
            return new ProgramAssessment(tenant, program, asOf, lastWeek, windowWeeks, pairAssessments,
                    personAssessments, programFindings, momentum);
        }

        private double exchanges(int pair, int week) {
            return wMeeting * ledger.pairCount(pair, ProgramLedger.MEETINGS, week)
                    + wMessage * ledger.pairCount(pair, ProgramLedger.MESSAGES, week);
        }

        private PairAssessment assessPair(int p, boolean comparable, double windowRate, double norm,
                List<List<Finding>> personFindings) {
            int start = ledger.pairStartWeek(p);
            int firstMeeting = -1;
            for (int w = start; w <= lastWeek; w++) {
                if (ledger.pairCount(p, ProgramLedger.MEETINGS, w) > 0) {
                    firstMeeting = w;
                    break;
                }
            }
            List<Finding> found = new ArrayList<>(2);
            int activeSinceStart = activeBefore[lastWeek + 1] - activeBefore[start];
            double baselineRate = 0;
            int baselineEnd = -1;
            if (firstMeeting < 0) {
                if (activeSinceStart >= settings.neverStartedWeeks()) {
                    found.add(new Finding(ReasonCode.NEVER_STARTED, ReasonCode.NEVER_STARTED.severity(),
                            ledger.pair(p), null, lastWeek, 0, settings.neverStartedWeeks(), 0, activeSinceStart));
                }
            } else {
                int from = activeBefore[firstMeeting];
                if (from + settings.baselineWeeks() <= active.length) {
                    double sum = 0;
                    for (int i = from; i < from + settings.baselineWeeks(); i++) {
                        sum += exchanges(p, active[i]);
                    }
                    baselineRate = sum / settings.baselineWeeks();
                    baselineEnd = active[from + settings.baselineWeeks() - 1] + 1;
                }
                if (comparable) {
                    int meetings = 0;
                    for (int w : window) {
                        meetings += ledger.pairCount(p, ProgramLedger.MEETINGS, w);
                    }
                    double windowExchanges = windowRate * window.length;
                    if (meetings == 0) {
                        EngagementStatus severity = windowExchanges == 0
                                ? EngagementStatus.DISENGAGED : ReasonCode.PAIR_SILENCE.severity();
                        found.add(new Finding(ReasonCode.PAIR_SILENCE, severity, ledger.pair(p), null, lastWeek,
                                windowExchanges, baselineRate, norm, window.length));
                    }
                    if (baselineEnd >= 0 && window[0] >= baselineEnd && baselineRate > 0
                            && windowRate <= settings.rarerExchangesRatio() * baselineRate && windowRate < norm) {
                        EngagementStatus severity = windowRate <= settings.rarerExchangesRatio() / 2 * baselineRate
                                ? EngagementStatus.AT_RISK : ReasonCode.RARER_EXCHANGES.severity();
                        found.add(new Finding(ReasonCode.RARER_EXCHANGES, severity, ledger.pair(p), null, lastWeek,
                                windowRate, baselineRate, norm, window.length));
                    }
                }
            }
            int mentor = ledger.pairMentor(p);
            int mentee = ledger.pairMentee(p);
            List<Finding> all = found;
            if (!personFindings.get(mentor).isEmpty() || !personFindings.get(mentee).isEmpty()) {
                all = new ArrayList<>(found);
                all.addAll(personFindings.get(mentor));
                all.addAll(personFindings.get(mentee));
            }
            return new PairAssessment(ledger.pair(p), ledger.person(mentor), ledger.person(mentee), status(all), all,
                    comparable ? windowRate : 0, baselineRate);
        }

        private List<Finding> personFindings(int s, boolean windowFull, int windowFirst, int invited, int attended,
                boolean exchanged, double attendanceNorm) {
            if (!ledger.personActive(s) || !windowFull || ledger.personStartWeek(s) > windowFirst) {
                return List.of();
            }
            Finding isolation = null;
            if (!exchanged && attended == 0) {
                isolation = new Finding(ReasonCode.ISOLATION, ReasonCode.ISOLATION.severity(), null, ledger.person(s),
                        lastWeek, 0, invited, 0, window.length);
            }
            int[] offered = ledger.personMentor(s) ? calendar.forMentors() : calendar.forMentees();
            int invitedBefore = 0;
            int attendedBefore = 0;
            for (int i = activeBefore[ledger.personStartWeek(s)]; i < active.length && active[i] < windowFirst; i++) {
                int w = active[i];
                invitedBefore += offered[w];
                attendedBefore += Math.min(offered[w], ledger.personCount(s, ProgramLedger.ATTENDED, w));
            }
            if (invited >= settings.minTouchpoints() && invitedBefore >= settings.minTouchpoints()
                    && attendedBefore > 0) {
                double rate = (double) attended / invited;
                double before = (double) attendedBefore / invitedBefore;
                if (rate <= settings.fallingParticipationRatio() * before) {
                    Finding falling = new Finding(ReasonCode.FALLING_PARTICIPATION,
                            ReasonCode.FALLING_PARTICIPATION.severity(), null, ledger.person(s), lastWeek, rate,
                            before, attendanceNorm, window.length);
                    return isolation == null ? List.of(falling) : List.of(isolation, falling);
                }
            }
            return isolation == null ? List.of() : List.of(isolation);
        }

        /** The concerns raised in calls with an active person since the window began, as one finding. */
        private @Nullable Finding concern(int s, int windowFirst) {
            List<Integer> raised = concerns.get(ledger.person(s));
            if (raised == null || !ledger.personActive(s)) {
                return null;
            }
            List<Integer> inWindow = raised.stream().filter(week -> week >= windowFirst || window.length == 0)
                    .toList();
            if (inWindow.isEmpty()) {
                return null;
            }
            int since = Math.max(0, weeks.weekOf(asOf) - inWindow.get(inWindow.size() - 1));
            return new Finding(ReasonCode.CONCERN_RAISED, ReasonCode.CONCERN_RAISED.severity(), null, ledger.person(s),
                    lastWeek, inWindow.size(), 0, 0, since);
        }

        private List<WeeklyMomentum> momentum() {
            int n = lastWeek + 1;
            int people = ledger.personCount();
            int words = (n + 63) >>> 6;
            long[] activeWeeks = new long[people * words];
            double[] activity = new double[n];
            for (int p = 0; p < ledger.pairCount(); p++) {
                int mentor = ledger.pairMentor(p) * words;
                int mentee = ledger.pairMentee(p) * words;
                for (int w = ledger.pairStartWeek(p); w < n; w++) {
                    if (ledger.pairCount(p, ProgramLedger.MEETINGS, w) + ledger.pairCount(p, ProgramLedger.MESSAGES, w)
                            > 0) {
                        activity[w] += exchanges(p, w);
                        activeWeeks[mentor + (w >>> 6)] |= 1L << w;
                        activeWeeks[mentee + (w >>> 6)] |= 1L << w;
                    }
                }
            }
            int[] participants = new int[n];
            int[] activeParticipants = new int[n];
            for (int s = 0; s < people; s++) {
                if (!ledger.personActive(s)) {
                    continue;
                }
                int base = s * words;
                for (int w = ledger.personStartWeek(s); w < n; w++) {
                    participants[w]++;
                    boolean any = false;
                    for (int k = 0; k < ProgramLedger.PERSON_KINDS; k++) {
                        int c = ledger.personCount(s, k, w);
                        if (c > 0) {
                            any = true;
                            activity[w] += wPerson[k] * c;
                        }
                    }
                    if (any || (activeWeeks[base + (w >>> 6)] & (1L << w)) != 0) {
                        activeParticipants[w]++;
                    }
                }
            }
            double early = 0;
            int earlyWeeks = Math.min(settings.baselineWeeks(), active.length);
            for (int i = 0; i < earlyWeeks; i++) {
                int w = active[i];
                early += participants[w] == 0 ? 0 : activity[w] / participants[w];
            }
            early = earlyWeeks == settings.baselineWeeks() ? early / earlyWeeks : 0;
            List<WeeklyMomentum> series = new ArrayList<>(n);
            for (int w = 0; w < n; w++) {
                double perPerson = participants[w] == 0 ? 0 : activity[w] / participants[w];
                series.add(new WeeklyMomentum(w, weeks.firstDay(w), calendar.quiet()[w], participants[w],
                        activeParticipants[w],
                        participants[w] == 0 ? 0 : (double) activeParticipants[w] / participants[w], perPerson,
                        early == 0 ? 0 : 100 * perPerson / early));
            }
            return series;
        }

        private List<Finding> programFindings(List<WeeklyMomentum> momentum, boolean windowFull) {
            if (!windowFull) {
                return List.of();
            }
            int half = window.length / 2;
            double earlier = 0;
            double recent = 0;
            for (int i = 0; i < half; i++) {
                earlier += momentum.get(window[i]).participation();
                recent += momentum.get(window[window.length - half + i]).participation();
            }
            earlier /= half;
            recent /= half;
            double early = 0;
            int earlyWeeks = Math.min(settings.baselineWeeks(), active.length);
            for (int i = 0; i < earlyWeeks; i++) {
                early += momentum.get(active[i]).participation();
            }
            early = earlyWeeks == 0 ? 0 : early / earlyWeeks;
            if (earlier > 0 && recent <= settings.momentumDropRatio() * earlier) {
                return List.of(new Finding(ReasonCode.PROGRAM_MOMENTUM_DROP,
                        ReasonCode.PROGRAM_MOMENTUM_DROP.severity(), null, null, lastWeek, recent, earlier, early,
                        window.length));
            }
            return List.of();
        }

        private static EngagementStatus status(List<Finding> findings) {
            EngagementStatus worst = EngagementStatus.ENGAGED;
            for (Finding f : findings) {
                worst = worst.worst(f.severity());
            }
            return worst;
        }

        private static double median(double[] values, int count) {
            if (count == 0) {
                return 0;
            }
            double[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
        }
    }
}

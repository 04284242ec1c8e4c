package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.TenantScope;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.monthly.MonthlyContribution;
import io.elan.mentoring.core.communication.monthly.MonthlyContributions;
import io.elan.mentoring.core.communication.replay.UsefulReplay;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.matching.Confirmation;
import io.elan.mentoring.core.matching.MatchingInput;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.core.survey.SurveyWave;
import io.elan.mentoring.core.timer.DueWorkSummary;
import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.matching.ProposedPair;
import io.elan.mentoring.report.engine.ElanReportReader;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.store.Stores;
import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import io.elan.mentoring.survey.report.SurveyReport;
import java.io.PrintStream;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs a ten-month program of a French company as a host would, through the engine's public API only: it defines the
 * program, enrols people, has the engine's matching propose the pairs from their profiles (the directory's department,
 * manager and language, completed with the program's form), lets the team exclude one pairing and ask again, confirms
 * the pairs through the engine (one mentor and one mentee join six weeks late and are matched to the room left),
 * lets the engine plan the calendar, and calls the
 * engine's timer ({@link Elan#runDue}) every hour of the working day; the engine sends the monthly messages (with the
 * team's words, through {@link MonthlyContributions}), runs the mid-point questionnaire (invitations, reminders,
 * publication), assesses engagement every week and nudges, alerts the team about late hotline requests and delivers
 * every message. The host reports what happens: attendance, pair activity, hotline requests and answers, follow-up
 * calls, useful replays, and the respondents' answers from the link in their invitation. The people, the program team
 * and the program read the language of the run, so every message is written in it. Every draw comes from one seeded
 * {@link Random} and every instant from a {@link SimulatedClock}. Not thread-safe; one run per instance.
 */
final class ProgramSimulation {
    static final TenantId TENANT = TenantId.of("entreprise-demo");
    static final ProgramId PROGRAM = ProgramId.of("mentorat-2026");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate KICK_OFF = LocalDate.of(2026, 9, 15);
    static final PersonId PROGRAM_TEAM = PersonId.of("equipe-mentorat");
    static final String PROGRAM_TEAM_NAME = "Équipe mentorat";
    static final String COMMUNITY_SPACE = "https://intranet.entreprise.example/mentorat/communaute";

    /** The company closes for most of August: a blackout the calendar is planned around, inside a program or not. */
    static final Blackout SUMMER_CLOSURE = new Blackout(LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 27),
            LocalizedText.of("Fermeture estivale de l’entreprise", "Company summer closure"));

    /** The communication settings the host runs with: the report states the sending hours and replay delay. */
    static final CommunicationSettings COMMUNICATION = CommunicationSettings.defaults();
    /** The first and last whole hours of the day the host's timer is run at in the simulation. */
    private static final int FIRST_TICK = 7;
    private static final int LAST_TICK = 20;
    /** The program week the last pair joins in. */
    private static final int LATE_JOINERS_WEEK = 6;

    private static final List<String> QUESTIONS_FR = List.of(
            "Comment préparer notre première séance\u202f?",
            "Combien de temps doit durer une séance\u202f?",
            "Où trouver le replay du dernier atelier\u202f?",
            "Peut-on changer le format de nos rencontres\u202f?");
    private static final List<String> QUESTIONS_EN = List.of(
            "How do we prepare our first session?",
            "How long should a session last?",
            "Where is the replay of the last workshop?",
            "Can we change the format of our meetings?");
    private static final List<String> DIFFICULTIES_FR = List.of(
            "Mon binôme ne répond plus à mes messages",
            "Nous n’arrivons pas à trouver de créneau",
            "Je ne sais pas comment relancer notre binôme");
    private static final List<String> DIFFICULTIES_EN = List.of(
            "My partner no longer answers my messages",
            "We cannot find a time to meet",
            "I do not know how to restart our pair");

    private final SimulationOptions options;
    private final ReportLanguage language;
    private final PrintStream out;
    private final Random random;
    private final SimulatedClock clock;
    private final SyntheticCompany company;
    private final LocalDate closing = KICK_OFF.plusMonths(ProgramDefinition.DEFAULT_DURATION_MONTHS);
    private final CompanyCalendarDefinition companyCalendar = CompanyCalendarDefinition.builder()
            .blackout(TenMonthPreset.yearEndBreak(KICK_OFF.getYear()))
            .blackout(SUMMER_CLOSURE)
            .build();
    private final CompanyCalendar calendar = companyCalendar.toCalendar();

    private final Map<SyntheticPair, PairId> pairIds = new LinkedHashMap<>();
    private final Map<PersonId, SyntheticPair> pairOf = new HashMap<>();
    private final Map<LocalDate, List<PairActivity>> pairActivity = new TreeMap<>();
    private final Map<PairId, Integer> lastMeetingWeek = new HashMap<>();
    private final Map<LocalDate, List<DueCall>> callsDue = new TreeMap<>();
    private final Map<LocalDate, List<HotlineRequestId>> answersDue = new TreeMap<>();
    private Tally month = new Tally();
    private int hotlineCount;

    private final RecordingGateway gateway;
    private final TenantScope scope;
    private final Elan elan;
    private final Stores stores;
    private final Respondents respondents;
    private @Nullable ProgramAssessment latest;

    /** A participant's follow-up call and the time it takes place. */
    private record DueCall(FollowUpCall call, LocalTime time) {}

    /**
     * Wires Élan on the stores as a host does at start-up.
     *
     * @param options the run's options
     * @param stores the storage; the caller closes it after the run
     * @param out where the monthly progress lines are printed
     */
    ProgramSimulation(SimulationOptions options, SimulationStores stores, PrintStream out) {
        this.options = options;
        this.language = options.language();
        this.out = out;
        this.random = new Random(options.seed());
        // Participants and pairing happen two weeks before the kick-off, at the start of a working day.
        this.clock = new SimulatedClock(instant(KICK_OFF.minusDays(14), 9, 0));
        // The people of the company, the program team included, read the language of the run.
        this.company = SyntheticCompany.draw(TENANT, options.pairs(), language.locale(), random);
        this.gateway = new RecordingGateway(clock);
        company.directory().put(TENANT, Person.of(PROGRAM_TEAM, PROGRAM_TEAM_NAME).toBuilder()
                .email("mentorat@entreprise.example").locale(language.locale()).zone(PARIS).build());
        Elan elan = Elan.builder()
                .stores(stores.all())
                // A seeded SHA1PRNG repeats its output, which a real host never wants and this sample needs: the same
                // seed writes the same tokens, so the same outputs.
                .waveSecrets(new InMemoryWaveSecrets(seeded(options.seed())))
                .secureRandom(seeded(options.seed() + 1))
                .surveyLinks(SurveyLinks.template(Respondents.SURVEY_PAGE))
                .monthlyContributions(this::contribution)
                .messageGateway(gateway)
                .peopleDirectory(company.directory())
                .clock(clock)
                .communicationSettings(COMMUNICATION)
                .engagementSettings(EngagementSettings.builder().programManager(PROGRAM_TEAM).build())
                .build();
        this.scope = elan.tenant(TENANT);
        this.elan = elan;
        this.stores = stores.all();
        this.respondents = new Respondents(scope.surveys(), PROGRAM, PARIS, clock);
    }

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA1PRNG", e);
        }
    }

    /**
     * Runs the program from enrolment to closing.
     *
     * @return what the outputs are written from
     */
    SimulationOutcome run() {
        enrolAndPair();
        // The engine plans the calendar from the definition and stores its touchpoints; the host only reads it.
        ProgramCalendar calendar = scope.calendar().plan(PROGRAM).calendar();
        for (LocalDate day = KICK_OFF; !day.isAfter(closing); day = day.plusDays(1)) {
            simulateDay(day, calendar);
        }
        // The host's timer keeps running after the closing: what the last day queued (the closing session's replays)
        // leaves in the next sending hours.
        advanceTo(instant(closing.plusWeeks(1), LAST_TICK, 0));
        SurveyWave wave = scope.surveys().waves(PROGRAM).get(0);
        // The calendar as the host shows it at the end: the late pair's follow-up calls are in it.
        String ics = scope.calendar().exportIcs(PROGRAM, options.language().locale());
        SurveyReport released = scope.surveys().report(PROGRAM, wave.id());
        // As a host would at the end of the program: the report reads the engine and the stores.
        ReportInput report = ElanReportReader.builder()
                .elan(elan)
                .program(TENANT, PROGRAM)
                .stores(this.stores)
                .communicationSettings(COMMUNICATION)
                .survey(released)
                .asOf(closing)
                .locale(language.locale())
                .build()
                .read();
        return new SimulationOutcome(PROGRAM, scope.calendar().calendar(PROGRAM), ics,
                Objects.requireNonNull(latest, "assessed on the closing day"), released, gateway.sent(), names(),
                report);
    }

    private final List<SyntheticPair> pairs = new ArrayList<>();

    private void enrolAndPair() {
        ProgramDefinition definition = ProgramDefinition.builder()
                .companyCalendar(companyCalendar)
                .id(PROGRAM)
                .name("Programme de mentorat 2026–2027")
                .kickOff(KICK_OFF)
                .closing(closing)
                .zone(PARIS)
                .locale(language.locale())
                .build();
        scope.programs().define(definition);
        scope.programs().openEnrolment(PROGRAM);
        int fromTheStart = company.mentors().size() - 1;
        enrol(company.mentors().subList(0, fromTheStart), company.mentees().subList(0, fromTheStart));
        // The program team asks for a proposal, reads it, excludes the pairing with the lowest score and asks again;
        // it keeps the second proposal unless it would leave someone without a mentor.
        MatchingInput input = MatchingInput.builder().completion(company.completion()).build();
        Proposal first = scope.matching().propose(PROGRAM, input);
        ProposedPair weakest = first.pairs().stream()
                .min(Comparator.comparingInt(ProposedPair::score).thenComparing(p -> p.mentee().value()))
                .orElseThrow();
        Proposal second = scope.matching().propose(PROGRAM,
                input.toBuilder().exclude(weakest.mentor(), weakest.mentee()).build());
        Proposal chosen = second.unmatchedMentees().isEmpty() ? second : first;
        confirm(chosen);
        out.println(language.format("Appariement\u00a0: %d binômes proposés, score médian %d sur %d, le plus bas"
                        + " %d\u202f; %s personne sans binôme.",
                "Matching: %d pairs proposed, median score %d of %d, lowest %d; %s people without a pair.",
                chosen.pairs().size(), chosen.quality().median(),
                chosen.maxPairScore(), chosen.quality().lowest(), chosen.unmatchedMentees().size()));
        scope.programs().markReady(PROGRAM);
    }

    /** Enrols mentors and mentees, and records the channel each chose. */
    private void enrol(List<SyntheticPerson> mentors, List<SyntheticPerson> mentees) {
        scope.participants().enrol(PROGRAM, Role.MENTOR, mentors.stream().map(SyntheticPerson::id).toList());
        scope.participants().enrol(PROGRAM, Role.MENTEE, mentees.stream().map(SyntheticPerson::id).toList());
        for (SyntheticPerson person : company.people()) {
            if (person.prefersWhatsApp() && (mentors.contains(person) || mentees.contains(person))) {
                scope.participants().setPreferences(PROGRAM, person.id(), Channel.WHATSAPP, Set.of());
            }
        }
    }

    /**
     * Confirms a proposal through the engine, which forms its pairs; each pair formed takes the next behaviour the
     * company drew.
     */
    private void confirm(Proposal proposal) {
        Confirmation confirmation = scope.matching().confirm(PROGRAM, proposal);
        if (!confirmation.refused().isEmpty()) {
            throw new IllegalStateException("pairs refused while confirming: " + confirmation.refused());
        }
        Map<PersonId, SyntheticPerson> people = new HashMap<>();
        company.people().forEach(p -> people.put(p.id(), p));
        for (Pair formed : confirmation.formed()) {
            SyntheticPair pair = SyntheticPair.of(people.get(formed.mentor()), people.get(formed.mentee()),
                    company.behaviours().get(pairs.size()));
            pairs.add(pair);
            pairIds.put(pair, formed.id());
            pairOf.put(formed.mentor(), pair);
            pairOf.put(formed.mentee(), pair);
        }
    }

    /**
     * The last mentor and the last mentee of the company join six weeks into the program, when the first monthly
     * messages are out: the matching proposes the mentee to the room left, without moving a confirmed pair, and the
     * engine sends each of them a digest of what their community was sent before they came.
     */
    private void lateJoiners(LocalDate day) {
        advanceTo(instant(day, 10, 0));
        SyntheticPerson mentor = company.mentors().get(company.mentors().size() - 1);
        SyntheticPerson mentee = company.mentees().get(company.mentees().size() - 1);
        enrol(List.of(mentor), List.of(mentee));
        Proposal late = scope.matching().propose(PROGRAM, MatchingInput.builder()
                .completion(company.completion()).build());
        if (late.pairs().size() != 1 || !late.unmatched().isEmpty()) {
            throw new IllegalStateException("the late joiners should make one pair: " + late);
        }
        confirm(late);
        timer(clock.instant().plusSeconds(300));
    }

    private void simulateDay(LocalDate day, ProgramCalendar calendar) {
        int week = weekOf(day);
        if (day.equals(KICK_OFF)) {
            advanceTo(instant(day, 8, 0));
            scope.programs().start(PROGRAM);
            scheduleCalls(calendar);
        }
        if (day.equals(closing.minusMonths(1))) {
            advanceTo(instant(day, 8, 0));
            scope.programs().beginClosing(PROGRAM);
        }
        if (ChronoUnit.DAYS.between(KICK_OFF, day) % 7 == 0) {
            startWeek(day, week);
        }
        if (day.equals(KICK_OFF.plusWeeks(LATE_JOINERS_WEEK))) {
            lateJoiners(day);
        }
        respondents.submitDue(instant(day, 8, 30), random);

        for (PlannedTouchpoint touchpoint : calendar.touchpoints()) {
            if (touchpoint.start().toLocalDate().equals(day)) {
                takePlace(touchpoint, week);
                // The host's timer runs every few minutes; what was just queued leaves on its next run.
                timer(clock.instant().plusSeconds(300));
            }
        }
        hotline(day, week);
        followUpCalls(day, week);
        reportPairActivity(day);
        advanceTo(instant(day, 20, 0));

        if (day.equals(closing)) {
            latest = assess();
            scope.programs().close(PROGRAM);
        }
        if (day.equals(closing) || !YearMonth.from(day).equals(YearMonth.from(day.plusDays(1)))) {
            endMonth(day, week);
        }
    }

    /** The engine assesses each program week at 07:00 and nudges; the host reads the assessment for its dashboard. */
    private void startWeek(LocalDate day, int week) {
        advanceTo(instant(day, 7, 0));
        if (week > 0) {
            latest = assess();
        }
        drawPairActivity(day, week);
    }

    private ProgramAssessment assess() {
        return scope.engagement().assess(PROGRAM);
    }

    /**
     * Draws what each pair does in the program week starting on {@code first}. A pair going well meets about every
     * other week and almost never lets two weeks pass without meeting, as pairs with a rhythm do; independent weekly
     * draws would leave some steady pairs silent for six weeks by chance alone.
     */
    private void drawPairActivity(LocalDate first, int week) {
        for (Map.Entry<SyntheticPair, PairId> entry : pairIds.entrySet()) {
            PairBehaviour behaviour = entry.getKey().behaviour();
            boolean going = behaviour.engagedIn(week);
            int sinceLastMeeting = week - lastMeetingWeek.getOrDefault(entry.getValue(), -2);
            double meetingChance = going ? (sinceLastMeeting >= 2 ? 0.95 : 0.4)
                    : behaviour.kind() == PairBehaviour.Kind.FADING ? 0.03 : 0;
            int messages = going ? 1 + random.nextInt(3) : random.nextDouble() < 0.1 ? 1 : 0;
            if (random.nextDouble() < meetingChance
                    && schedulePairActivity(first, entry.getValue(), ActivityKind.PAIR_MEETING)) {
                lastMeetingWeek.put(entry.getValue(), week);
            }
            for (int m = 0; m < messages; m++) {
                schedulePairActivity(first, entry.getValue(), ActivityKind.PAIR_MESSAGE);
            }
        }
    }

    /**
     * Places an activity on a drawn working day of the week, at a drawn time.
     *
     * @return whether it was placed: a week without a working day (the year-end break) has none
     */
    private boolean schedulePairActivity(LocalDate weekStart, PairId pair, ActivityKind kind) {
        List<LocalDate> workingDays = weekStart.datesUntil(weekStart.plusDays(7))
                .filter(d -> !d.isAfter(closing) && isWorkingDay(d))
                .toList();
        if (workingDays.isEmpty()) {
            return false;
        }
        LocalDate day = workingDays.get(random.nextInt(workingDays.size()));
        int minute = 8 * 60 + random.nextInt(10 * 60);
        Instant at = instant(day, minute / 60, minute % 60);
        pairActivity.computeIfAbsent(day, d -> new ArrayList<>())
                .add(new PairActivity(pair, kind, at, null));
        return true;
    }

    private void reportPairActivity(LocalDate day) {
        List<PairActivity> today = pairActivity.remove(day);
        if (today == null) {
            return;
        }
        advanceTo(instant(day, 19, 0));
        scope.activity().reportPairActivity(PROGRAM, today);
    }

    private void takePlace(PlannedTouchpoint touchpoint, int week) {
        if (!touchpoint.isCollectiveMeeting()) {
            return;
        }
        advanceTo(touchpoint.end().toInstant());
        Map<PersonId, AttendanceStatus> attendance = new TreeMap<>(Comparator.comparing(PersonId::value));
        for (Participant participant : scope.participants().participants(PROGRAM)) {
            if (!participant.isActive() || !touchpoint.concerns(participant.role())) {
                continue;
            }
            SyntheticPair pair = pairOf.get(participant.person());
            SyntheticPerson person = participant.role() == Role.MENTOR ? pair.mentor() : pair.mentee();
            double chance = pair.behaviour().engagedIn(week) ? person.attendance() : person.attendance() * 0.25;
            attendance.put(participant.person(),
                    random.nextDouble() < chance ? AttendanceStatus.ATTENDED : AttendanceStatus.ABSENT);
        }
        scope.activity().recordAttendance(PROGRAM, touchpoint.touchpointId(), attendance);
        scope.calendar().markHeld(PROGRAM, touchpoint.touchpointId());

        // The team gives the useful replay as the session ends; the engine sends it to those who could not come at
        // the time the communication settings say, inside their sending hours.
        String theme = touchpoint.theme().in(language.locale());
        UsefulReplay replay = UsefulReplay.builder(PROGRAM, touchpoint.touchpointId())
                .keyPoint(language.pick("Le thème du jour\u00a0: ", "Today’s theme: ") + theme + ".")
                .keyPoint(language.pick("Deux témoignages de binômes et les questions qu’ils se posent.",
                        "Two pairs told their story and the questions they ask themselves."))
                .keyPoint(language.pick("Un exercice à faire en binôme avant la prochaine séance.",
                        "An exercise to do as a pair before the next session."))
                .link(language.pick("Enregistrement et supports", "Recording and slides"),
                        "https://intranet.entreprise.example/mentorat/replays/" + touchpoint.key())
                .build();
        scope.communication().replays().send(replay);
        int attended = (int) attendance.values().stream().filter(s -> s == AttendanceStatus.ATTENDED).count();
        month.touchpointsHeld++;
        month.attendanceInvited += attendance.size();
        month.attendanceAttended += attended;
    }

    /**
     * The team's words for a monthly message of the calendar, which the engine asks for when the message comes. From
     * the second month on, it recognises a pair that shared its practice with the community; the pair is chosen from
     * the message itself, so that asking again gives the same words.
     */
    private Optional<MonthlyContribution> contribution(TenantId tenant, Program program, PlannedTouchpoint message,
            Role community) {
        String frTheme = message.theme().in(Locale.FRENCH);
        String enTheme = message.theme().in(Locale.ENGLISH);
        YearMonth month = YearMonth.from(message.start().withZoneSameInstant(program.zone()));
        MonthlyContribution.Builder contribution = MonthlyContribution.builder()
                .program(program.id())
                .month(month)
                .community(community)
                .version(Locale.FRENCH, MessageContent.of(frTheme,
                        "Ce mois-ci, nous vous proposons de travailler « " + frTheme + " » avec votre binôme.",
                        "Prenez dix minutes avant votre prochaine séance pour noter ce que vous voulez en retirer."))
                .version(Locale.ENGLISH, MessageContent.of(enTheme,
                        "This month, we suggest you work on \"" + enTheme + "\" with your mentoring partner.",
                        "Take ten minutes before your next session to write down what you want from it."))
                .shareAt(COMMUNITY_SPACE);
        List<SyntheticPair> steady = pairs.stream()
                .filter(p -> p.behaviour().kind() == PairBehaviour.Kind.STEADY).toList();
        if (month.isAfter(YearMonth.from(KICK_OFF)) && !steady.isEmpty()) {
            SyntheticPair spotlight = steady.get(Math.floorMod(message.key().hashCode(), steady.size()));
            contribution.spotlight(spotlight.mentor().name() + language.pick(" et ", " and ")
                    + spotlight.mentee().name(), language.pick("ont partagé comment ils préparent chaque séance",
                    "shared how they prepare each session"));
        }
        return Optional.of(contribution.build());
    }

    private void hotline(LocalDate day, int week) {
        List<HotlineRequestId> due = answersDue.remove(day);
        if (due != null) {
            advanceTo(instant(day, 10, 0));
            for (HotlineRequestId id : due) {
                scope.hotline().assign(PROGRAM, id, PROGRAM_TEAM);
                scope.hotline().answer(PROGRAM, id, language.pick("Merci pour votre message\u00a0: nous vous proposons"
                        + " un point de quinze minutes cette semaine pour en parler.", "Thank you for your message:"
                        + " let us take fifteen minutes this week to talk it over."));
                scope.hotline().close(PROGRAM, id);
            }
        }
        if (!isWorkingDay(day) || random.nextDouble() >= 0.004 * options.pairs()) {
            return;
        }
        // Someone of a pair formed by then: the late joiners cannot ask before they join.
        SyntheticPair asking = pairs.get(random.nextInt(pairs.size()));
        SyntheticPerson person = random.nextBoolean() ? asking.mentor() : asking.mentee();
        boolean struggling = !pairOf.get(person.id()).behaviour().engagedIn(week);
        HotlineTopic topic = struggling ? HotlineTopic.DIFFICULTY : HotlineTopic.QUESTION;
        List<String> subjects = struggling ? language.pick(DIFFICULTIES_FR, DIFFICULTIES_EN)
                : language.pick(QUESTIONS_FR, QUESTIONS_EN);
        HotlineRequestId id = HotlineRequestId.of(String.format(Locale.ROOT, "hotline-%03d", ++hotlineCount));
        advanceTo(instant(day, 14, 0));
        scope.hotline().raise(PROGRAM, id, person.id(), topic, subjects.get(random.nextInt(subjects.size())),
                language.pick("Message envoyé depuis l’espace mentorat.", "Sent from the mentoring space."));
        month.hotlineRaised++;
        LocalDate answerDay = day;
        for (int days = 1 + random.nextInt(3); days > 0; ) {
            answerDay = answerDay.plusDays(1);
            if (isWorkingDay(answerDay)) {
                days--;
            }
        }
        if (!answerDay.isAfter(closing)) {
            answersDue.computeIfAbsent(answerDay, d -> new ArrayList<>()).add(id);
        }
    }

    /**
     * Each participant's follow-up call takes place at the time the calendar gives their pair's call in that round
     * ({@code follow-up/m2/pair-00001} for the call {@code call/<person>/m2}).
     */
    private void scheduleCalls(ProgramCalendar calendar) {
        Map<String, ZonedDateTime> pairCalls = new HashMap<>();
        for (PlannedTouchpoint touchpoint : calendar.touchpoints()) {
            if (touchpoint.format() == Format.CHECKPOINT_CALL) {
                pairCalls.put(touchpoint.key(), touchpoint.start());
            }
        }
        for (FollowUpCall call : scope.followUps().list(PROGRAM)) {
            String round = call.id().value().substring(call.id().value().lastIndexOf('/') + 1);
            ZonedDateTime start = pairCalls.get("follow-up/" + round + "/"
                    + pairIds.get(pairOf.get(call.person())).value());
            if (start != null) {
                callsDue.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>())
                        .add(new DueCall(call, start.toLocalTime()));
            }
        }
    }

    /** A call tried again two working days after nobody answered, in the late morning. */
    private void retryCall(FollowUpCall call, LocalDate after) {
        LocalDate day = after;
        for (int working = 0; working < 2; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                working++;
            }
        }
        if (!day.isAfter(closing)) {
            callsDue.computeIfAbsent(day, d -> new ArrayList<>()).add(new DueCall(call, LocalTime.of(11, 0)));
        }
    }

    private void followUpCalls(LocalDate day, int week) {
        List<DueCall> due = callsDue.remove(day);
        if (due == null) {
            return;
        }
        due.sort(Comparator.comparing(DueCall::time).thenComparing(d -> d.call().id().value()));
        for (DueCall dueCall : due) {
            FollowUpCall call = dueCall.call();
            advanceTo(day.atTime(dueCall.time()).atZone(PARIS).toInstant());
            boolean going = pairOf.get(call.person()).behaviour().engagedIn(week);
            CallOutcome outcome = !going ? CallOutcome.CONCERN_RAISED
                    : random.nextDouble() < 0.15 ? CallOutcome.NO_ANSWER : CallOutcome.REACHED;
            String notes = switch (outcome) {
                case CONCERN_RAISED -> language.pick("Le binôme ne se voit plus\u202f; une relance est convenue.",
                        "The pair no longer meets; we agreed to restart it.");
                case NO_ANSWER -> language.pick("Pas de réponse\u202f; nouvel essai dans deux jours.",
                        "No answer; another try in two days.");
                default -> language.pick("Le binôme avance bien.", "The pair is doing well.");
            };
            scope.followUps().log(PROGRAM, call.id(), outcome, notes);
            if (outcome == CallOutcome.NO_ANSWER) {
                retryCall(call, day);
            } else {
                month.callsLogged++;
            }
        }
    }

    /**
     * Moves the clock to an instant, running the host's timer on each whole hour of the day passed on the way. A host
     * runs it every few minutes, day and night; on the hour during the day is enough here, as nothing leaves outside
     * the sending hours.
     */
    private void advanceTo(Instant at) {
        ZonedDateTime tick = clock.instant().atZone(PARIS).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        for (; !tick.toInstant().isAfter(at); tick = tick.plusHours(1)) {
            if (tick.getHour() >= FIRST_TICK && tick.getHour() <= LAST_TICK) {
                timer(tick.toInstant());
            }
        }
        clock.advanceTo(at);
    }

    /**
     * The host's timer at one instant: one call to the engine, which does whatever is due. Then the respondents read
     * the invitations that just left.
     */
    private void timer(Instant at) {
        clock.advanceTo(at);
        DueWorkSummary summary = elan.runDue(TENANT);
        month.messagesDelivered += summary.delivery().delivered();
        month.nudgesQueued += summary.queued().nudges();
        if (!summary.failures().isEmpty()) {
            throw new IllegalStateException("the timer call failed: " + summary.failures());
        }
        respondents.read(gateway.sent(), people(), person -> pairOf.get(person).behaviour().engagedIn(weekOf(
                LocalDate.ofInstant(clock.instant(), PARIS))), random);
    }

    private Map<PersonId, SyntheticPerson> people() {
        Map<PersonId, SyntheticPerson> people = new HashMap<>();
        pairs.forEach(p -> {
            people.put(p.mentor().id(), p.mentor());
            people.put(p.mentee().id(), p.mentee());
        });
        return people;
    }

    private void endMonth(LocalDate day, int week) {
        Map<EngagementStatus, Integer> byStatus = new LinkedHashMap<>();
        for (EngagementStatus status : EngagementStatus.values()) {
            byStatus.put(status, 0);
        }
        if (latest != null) {
            for (PairAssessment pair : latest.pairs()) {
                byStatus.merge(pair.status(), 1, Integer::sum);
            }
        }
        ReportLanguage language = options.language();
        String monthName = DateTimeFormatter.ofPattern("MMM yyyy", language.locale()).format(day);
        String line = language.format(
                "%-9s sem. %2d · binômes engagés %d, à surveiller %d, à risque %d, décrochés %d · temps collectifs %d"
                        + " (présence %d %%) · messages %d · relances %d · hotline %d · appels %d",
                "%-9s wk %2d · pairs engaged %d, to watch %d, at risk %d, disengaged %d · collective sessions %d"
                        + " (attendance %d%%) · messages %d · nudges %d · hotline %d · calls %d",
                monthName, week, byStatus.get(EngagementStatus.ENGAGED), byStatus.get(EngagementStatus.WATCH),
                byStatus.get(EngagementStatus.AT_RISK), byStatus.get(EngagementStatus.DISENGAGED),
                month.touchpointsHeld, Math.round(month.attendanceRate() * 100), month.messagesDelivered,
                month.nudgesQueued, month.hotlineRaised, month.callsLogged);
        out.println(line);
        month = new Tally();
    }

    private Map<PersonId, String> names() {
        Map<PersonId, String> names = new HashMap<>();
        company.people().forEach(p -> names.put(p.id(), p.name()));
        names.put(PROGRAM_TEAM, PROGRAM_TEAM_NAME);
        return names;
    }

    private boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    private static int weekOf(LocalDate day) {
        return (int) (ChronoUnit.DAYS.between(KICK_OFF, day) / 7);
    }

    private static Instant instant(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(PARIS).toInstant();
    }
}

package io.elan.mentoring.core.engagement.internal;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.NudgeReport;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.PersonAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.core.engagement.ReasonTexts;
import io.elan.mentoring.core.engagement.Suppression;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.validation.Checks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns an assessment into nudges enqueued in the {@link Outbox}: first to the members of a flagged pair (or to an
 * isolated participant), then, if the problem persists after {@link EngagementSettings#escalationDelay()}, to the
 * program manager.
 *
 * <h2>Against fatigue and duplicates</h2>
 * <ul>
 *   <li>Each message's idempotency key is derived from the finding, the recipient and the program week, so assessing
 *       and applying again in the same week enqueues nothing new.</li>
 *   <li>A person gets at most one nudge per {@link EngagementSettings#nudgeCooldown()}, and a pair at most one
 *       escalation per {@link EngagementSettings#escalationCooldown()}. Past nudges are read back from the program's
 *       outbox entries of kind {@value #KIND}, so the policy keeps no state of its own.</li>
 *   <li>Nothing is sent on a holiday, in a blackout or in a quiet week; messages wait for the recipient's next working
 *       day within the configured sending hours.</li>
 *   <li>Participants who opted out of {@value #KIND} or no longer take part are left alone.</li>
 * </ul>
 *
 * <p>Thread-safe. Two nodes applying the same assessment at once may both pass the cooldown check, but the outbox
 * keeps one message per key.
 */
public final class NudgePolicy {
    /** The message kind of nudges and escalations; participants opt out of it. */
    public static final String KIND = Engagement.NUDGE_KIND;

    private static final String PAIR_PREFIX = "nudge:";
    private static final String ESCALATION_PREFIX = "nudge-escalation:";

    private final ProgramStore store;
    private final Outbox outbox;
    private final Function<Program, CompanyCalendar> calendars;
    private final Clock clock;
    private final EngagementSettings settings;
    private final SendingHours hours;
    private final @Nullable PeopleDirectory directory;
    private final Function<Program, Optional<PersonId>> managers;
    private final ReasonTexts texts = new ReasonTexts();

    /**
     * @param store where programs and participants are read
     * @param outbox where nudges are enqueued and past nudges read back
     * @param calendars each program's company calendar: no nudge on its closures, nor in a mostly closed week
     * @param clock the current time
     * @param settings caps, delays and the program manager
     * @param hours when messages may leave, as the communication settings say: nudges are placed inside them
     */
    public NudgePolicy(ProgramStore store, Outbox outbox, Function<Program, CompanyCalendar> calendars, Clock clock,
            EngagementSettings settings, SendingHours hours) {
        this(store, outbox, calendars, clock, settings, hours, null,
                program -> Optional.ofNullable(settings.programManager()));
    }

    /**
     * @param store where programs and participants are read
     * @param outbox where nudges are enqueued and past nudges read back
     * @param calendars each program's company calendar: no nudge on its closures, nor in a mostly closed week
     * @param clock the current time
     * @param settings caps, delays and the program manager
     * @param hours when messages may leave, as the communication settings say: nudges are placed inside them
     * @param directory where escalations find the display names of the pair's members; without it they name people
     *     by id
     * @param managers who receives each program's escalations: the manager its definition names, else the engine's
     */
    public NudgePolicy(ProgramStore store, Outbox outbox, Function<Program, CompanyCalendar> calendars, Clock clock,
            EngagementSettings settings, SendingHours hours, @Nullable PeopleDirectory directory,
            Function<Program, Optional<PersonId>> managers) {
        this.store = Checks.present(store, "store");
        this.outbox = Checks.present(outbox, "outbox");
        this.calendars = Checks.present(calendars, "calendars");
        this.clock = Checks.present(clock, "clock");
        this.settings = Checks.present(settings, "settings");
        this.hours = Checks.present(hours, "hours");
        this.directory = directory;
        this.managers = Checks.present(managers, "managers");
    }

    /** A program manager reads names; ids stand in when the directory is absent or does not know the person. */
    private Map<PersonId, String> names(TenantId tenant, List<PersonId> people) {
        Map<PersonId, String> names = new HashMap<>();
        if (directory != null) {
            directory.findAll(tenant, people).forEach((id, person) -> names.put(id, person.displayName()));
        }
        for (PersonId id : people) {
            names.putIfAbsent(id, id.value());
        }
        return names;
    }

    /**
     * Enqueues the nudges and escalations an assessment calls for, now. A program that is closed, cancelled or past
     * its closing day gets none.
     *
     * @param assessment a recent assessment of one program
     * @return what was enqueued and what was held back
     * @throws NotFoundException if the program no longer exists
     */
    public NudgeReport apply(ProgramAssessment assessment) {
        Checks.present(assessment, "assessment");
        TenantId tenant = assessment.tenant();
        Program program = store.findProgram(tenant, assessment.program())
                .orElseThrow(() -> new NotFoundException("program", assessment.program().value()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, program.zone());
        if (program.status().isTerminal() || today.isAfter(program.closing())) {
            return new NudgeReport(List.of(), List.of());
        }
        int week = (int) Math.floorDiv(ChronoUnit.DAYS.between(program.kickOff(), today), 7L);
        Run run = new Run(tenant, program, now, week, quiet(tenant, program, today));
        for (PairAssessment pair : assessment.pairs()) {
            List<Finding> findings = nudgeable(pair.findings());
            if (worst(findings).atLeast(settings.nudgeFrom())) {
                run.nudgePair(pair, findings);
            }
        }
        for (PersonAssessment person : assessment.people()) {
            List<Finding> findings = nudgeable(person.findings());
            if (worst(findings).atLeast(settings.nudgeFrom()) && !run.considered.contains(person.person())) {
                run.nudgePerson(person, findings);
            }
        }
        return new NudgeReport(run.enqueued, run.suppressed);
    }

    private boolean quiet(TenantId tenant, Program program, LocalDate today) {
        CompanyCalendar company = calendars.apply(program);
        if (company.isClosed(today)) {
            return true;
        }
        LocalDate weekStart = program.kickOff().plusDays(7 * Math.floorDiv(
                ChronoUnit.DAYS.between(program.kickOff(), today), 7L));
        int excluded = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate day = weekStart.plusDays(d);
            if (company.workingDays().contains(day.getDayOfWeek()) && company.isClosed(day)) {
                excluded++;
            }
        }
        return excluded >= settings.quietWeekMinDays();
    }

    static String nudgeKey(TenantId tenant, Program program, Finding finding, PersonId recipient, int week) {
        return PAIR_PREFIX + finding.code() + ":w" + week + ":"
                + digest(tenant, program.id().value(), finding.subject(), recipient.value());
    }

    static String escalationKey(TenantId tenant, Program program, PairId pair, int week) {
        return ESCALATION_PREFIX + "w" + week + ":" + digest(tenant, program.id().value(), pair.value());
    }

    /**
     * @param tenant the tenant whose outbox the message came from
     * @param message a message of the program's outbox
     * @return the pair an escalation is about, read from its key; empty for any other message, or for a pair no
     *     longer in the store
     */
    public Optional<PairId> escalatedPair(TenantId tenant, OutgoingMessage message) {
        String key = message.idempotencyKey();
        if (!KIND.equals(message.kind()) || !key.startsWith(ESCALATION_PREFIX)) {
            return Optional.empty();
        }
        String digest = key.substring(key.lastIndexOf(':') + 1);
        String program = message.program().value();
        return store.pairs(tenant, message.program()).stream().map(Pair::id)
                .filter(pair -> digest(tenant, program, pair.value()).equals(digest))
                .findFirst();
    }

    // The tenant is hashed in so that two tenants with the same program and people ids never share a key.
    private static String digest(TenantId tenant, String... parts) {
        Hasher sha = Hashing.sha256().newHasher();
        sha.putInt(tenant.value().length()).putString(tenant.value(), StandardCharsets.UTF_8);
        for (String part : parts) {
            sha.putInt(part.length()).putString(part, StandardCharsets.UTF_8);
        }
        return sha.hash().toString().substring(0, 32);
    }

    /** The state of one application: what the outbox already holds and what this run added. */
    private final class Run {
        final TenantId tenant;
        final Program program;
        final CompanyCalendar company;
        final Instant now;
        final int week;
        final boolean quiet;
        final Map<PersonId, Participant> participants = new HashMap<>();
        final Set<String> keys = new HashSet<>();
        final Map<PersonId, Instant> lastNudge = new HashMap<>();
        final Set<PersonId> considered = new HashSet<>();
        final List<OutgoingMessage> enqueued = new ArrayList<>();
        final List<NudgeReport.Suppressed> suppressed = new ArrayList<>();

        Run(TenantId tenant, Program program, Instant now, int week, boolean quiet) {
            this.tenant = tenant;
            this.program = program;
            this.company = calendars.apply(program);
            this.now = now;
            this.week = week;
            this.quiet = quiet;
            for (Participant p : store.participants(tenant, program.id())) {
                participants.put(p.person(), p);
            }
            try (Stream<OutboxEntry> entries = outbox.entries(tenant, program.id())) {
                entries.filter(e -> KIND.equals(e.message().kind())).forEach(e -> {
                    OutgoingMessage m = e.message();
                    keys.add(m.idempotencyKey());
                    if (m.idempotencyKey().startsWith(PAIR_PREFIX)) {
                        lastNudge.merge(m.recipient(), m.notBefore(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
            }
        }

        void nudgePair(PairAssessment pair, List<Finding> findings) {
            Finding main = mostSevere(findings);
            considered.add(pair.mentor());
            considered.add(pair.mentee());
            @Nullable Instant firstNudge = null;
            for (PersonId member : List.of(pair.mentor(), pair.mentee())) {
                Instant earlier = earlierPairNudge(findings, member);
                if (earlier != null) {
                    firstNudge = firstNudge == null || earlier.isBefore(firstNudge) ? earlier : firstNudge;
                }
                send(member, main, nudgeKey(tenant, program, main, member, week), "nudge.pair");
            }
            if (firstNudge != null) {
                escalate(pair, main, firstNudge);
            }
        }

        void nudgePerson(PersonAssessment person, List<Finding> findings) {
            Finding main = mostSevere(findings);
            considered.add(person.person());
            send(person.person(), main, nudgeKey(tenant, program, main, person.person(), week), "nudge.person");
        }

        /** The scheduled time of a nudge about this pair to this member, old enough to justify an escalation. */
        private @Nullable Instant earlierPairNudge(List<Finding> findings, PersonId member) {
            long delayWeeks = Math.max(1, (settings.escalationDelay().toDays() + 6) / 7);
            for (int w = week - (int) delayWeeks; w >= Math.max(0, week - 12); w--) {
                for (Finding f : findings) {
                    String key = nudgeKey(tenant, program, f, member, w);
                    if (keys.contains(key)) {
                        return outbox.find(tenant, key).map(e -> e.message().notBefore()).orElse(null);
                    }
                }
            }
            return null;
        }

        private void escalate(PairAssessment pair, Finding main, Instant nudgedAt) {
            PersonId manager = managers.apply(program).orElse(null);
            if (manager == null) {
                suppressed.add(new NudgeReport.Suppressed(pair.mentor(), main, true, Suppression.NO_MANAGER));
                return;
            }
            if (nudgedAt.plus(settings.escalationDelay()).isAfter(now)) {
                return;
            }
            String key = escalationKey(tenant, program, pair.pair(), week);
            if (keys.contains(key)) {
                suppressed.add(new NudgeReport.Suppressed(manager, main, true, Suppression.ALREADY_QUEUED));
                return;
            }
            long cooldownWeeks = (settings.escalationCooldown().toDays() + 6) / 7;
            for (int w = week - 1; w > week - cooldownWeeks; w--) {
                if (keys.contains(escalationKey(tenant, program, pair.pair(), w))) {
                    suppressed.add(new NudgeReport.Suppressed(manager, main, true, Suppression.ESCALATION_COOLDOWN));
                    return;
                }
            }
            if (quiet) {
                suppressed.add(new NudgeReport.Suppressed(manager, main, true, Suppression.QUIET_PERIOD));
                return;
            }
            // The manager reads the escalation in their own language and hours, as the directory has them.
            Optional<Person> managerInDirectory = directory == null ? Optional.empty()
                    : directory.find(tenant, manager);
            Locale locale = managerInDirectory.map(Person::locale).orElse(program.locale());
            ZoneId managerZone = managerInDirectory.map(Person::zone).orElse(program.zone());
            List<String> paragraphs = new ArrayList<>();
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(LocalDate.ofInstant(nudgedAt, program.zone()));
            Map<PersonId, String> names = names(tenant, List.of(pair.mentor(), pair.mentee()));
            String mentor = names.get(pair.mentor());
            String mentee = names.get(pair.mentee());
            paragraphs.add(texts.format("escalation.intro", locale, pair.pair().value(), mentor, mentee, date));
            for (Finding f : pair.findings()) {
                if (paragraphs.size() < 19) {
                    paragraphs.add(texts.describe(f, locale));
                }
            }
            paragraphs.add(texts.format("escalation.advice", locale));
            MessageContent content = new MessageContent(
                    texts.format("escalation.title", locale, mentor, mentee),
                    paragraphs, List.of(), List.of(), null);
            Instant at = sendingTime(managerZone);
            OutgoingMessage message = OutgoingMessage.builder()
                    .tenant(tenant).program(program.id()).recipient(manager).channel(settings.managerChannel())
                    .locale(locale).recipientLocale(locale).recipientZone(managerZone)
                    .kind(KIND).content(content).idempotencyKey(key).notBefore(at)
                    .build();
            if (outbox.enqueue(tenant, message)) {
                enqueued.add(message);
                keys.add(key);
            }
        }

        private void send(PersonId recipient, Finding finding, String key, String textPrefix) {
            if (keys.contains(key)) {
                suppressed.add(new NudgeReport.Suppressed(recipient, finding, false, Suppression.ALREADY_QUEUED));
                return;
            }
            Participant participant = participants.get(recipient);
            if (participant != null && participant.status() != ParticipantStatus.ACTIVE) {
                suppressed.add(new NudgeReport.Suppressed(recipient, finding, false, Suppression.NOT_ACTIVE));
                return;
            }
            if (participant != null && participant.optOuts().contains(KIND)) {
                suppressed.add(new NudgeReport.Suppressed(recipient, finding, false, Suppression.OPTED_OUT));
                return;
            }
            if (quiet) {
                suppressed.add(new NudgeReport.Suppressed(recipient, finding, false, Suppression.QUIET_PERIOD));
                return;
            }
            ZoneId zone = participant != null ? participant.zone() : program.zone();
            Instant at = sendingTime(zone);
            Instant last = lastNudge.get(recipient);
            if (last != null && last.plus(settings.nudgeCooldown()).isAfter(at)) {
                suppressed.add(new NudgeReport.Suppressed(recipient, finding, false, Suppression.COOLDOWN));
                return;
            }
            Locale locale = participant != null ? participant.locale() : program.locale();
            Channel channel = participant != null ? participant.preferredChannel() : Channel.EMAIL;
            MessageContent content = MessageContent.of(texts.format(textPrefix + ".title", locale),
                    texts.toParticipant(finding, locale), texts.format(textPrefix + ".advice", locale));
            OutgoingMessage message = OutgoingMessage.builder()
                    .tenant(tenant).program(program.id()).recipient(recipient).channel(channel)
                    .locale(locale).recipientLocale(locale).recipientZone(zone)
                    .kind(KIND).content(content).idempotencyKey(key).notBefore(at)
                    .build();
            if (outbox.enqueue(tenant, message)) {
                enqueued.add(message);
                keys.add(key);
                lastNudge.put(recipient, at);
            } else {
                suppressed.add(new NudgeReport.Suppressed(recipient, finding, false, Suppression.ALREADY_QUEUED));
            }
        }

        /**
         * The first instant from now inside the sending hours, in the recipient's zone, on a working day of the
         * program's company calendar: the hours are the communication settings' own, the same the dispatcher keeps.
         */
        private Instant sendingTime(ZoneId zone) {
            Instant t = now;
            for (int day = 0; day < 366; day++) {
                t = hours.nextAllowed(t, zone);
                LocalDate date = LocalDate.ofInstant(t, zone);
                if (company.isWorkingDay(date)) {
                    return t;
                }
                t = date.plusDays(1).atStartOfDay(zone).toInstant();
            }
            return t;
        }
    }

    /**
     * The findings a nudge may speak of. A concern raised in a follow-up call is the program team's to handle (it was
     * escalated when the call was logged) and may be about the other member of the pair: nudges never repeat it.
     */
    private static List<Finding> nudgeable(List<Finding> findings) {
        return findings.stream().filter(f -> f.code() != ReasonCode.CONCERN_RAISED).toList();
    }

    private static EngagementStatus worst(List<Finding> findings) {
        EngagementStatus worst = EngagementStatus.ENGAGED;
        for (Finding f : findings) {
            worst = worst.worst(f.severity());
        }
        return worst;
    }

    private static Finding mostSevere(List<Finding> findings) {
        return findings.stream()
                .max(Comparator.comparing(Finding::severity).thenComparing(f -> -f.code().ordinal()))
                .orElseThrow(() -> new IllegalStateException("a flagged assessment without findings"));
    }
}

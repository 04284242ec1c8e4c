package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.broadcast.Broadcasts;
import io.elan.mentoring.core.communication.broadcast.ParityLine;
import io.elan.mentoring.core.communication.broadcast.ParityReport;
import io.elan.mentoring.core.communication.broadcast.ParityStatus;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.internal.Reachability;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@link Broadcasts} for every tenant: every active member of the audience is addressed, members who join later get
 * a catch-up digest of what they missed, and a parity report says who got each broadcast and who did not and why.
 *
 * <p>Every call is idempotent: publishing or catching up again sends nothing twice (idempotency keys derive from the
 * tenant, the broadcast and the recipient) and fills any gap a crash left between recording and queueing. Messages go
 * to the {@link Outbox}; the {@link OutboxDispatcher} delivers them. Thread-safe if the ports are.
 */
public final class BroadcastService {

    private static final String CATCH_UP_KIND = Broadcasts.CATCH_UP_KIND;
    private static final int BROADCASTS_PER_DIGEST = Broadcasts.BROADCASTS_PER_DIGEST;

    private static final int MAX_DIGEST_LINKS = 10;
    private static final int MAX_PARAGRAPH = 4000;

    private final ProgramStore store;
    private final Outbox outbox;
    private final BroadcastLog log;
    private final Reachability reachability;
    private final MessageTexts texts;
    private final CommunicationSettings settings;
    private final Clock clock;

    BroadcastService(ProgramStore store, Outbox outbox, BroadcastLog log, Reachability reachability, MessageTexts texts,
            CommunicationSettings settings, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.log = log;
        this.reachability = reachability;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Publishes a broadcast to every active member of its audience, on the channel that reaches each, in their
     * language when the team wrote that version (else the program's, else English, else any).
     *
     * @param tenant the tenant
     * @param broadcast the broadcast
     * @return who got a message in the outbox and who did not and why
     * @throws NotFoundException if the program does not exist in the tenant
     * @throws InvalidValueException if the program is suspended, closed or cancelled, or the id is already used by a
     *     different broadcast
     */
    public SendReport publish(TenantId tenant, Broadcast broadcast) {
        return publish(tenant, broadcast, ContentComposer.AS_WRITTEN);
    }

    SendReport publish(TenantId tenant, Broadcast broadcast, ContentComposer composer) {
        Program program = openProgram(tenant, broadcast.program());
        Instant now = clock.instant();
        PublishedBroadcast stored = log.publish(tenant, new PublishedBroadcast(broadcast, now));
        if (!stored.broadcast().equals(broadcast)) {
            throw new InvalidValueException("id", "is already used by a different broadcast of this program",
                    broadcast.id());
        }
        List<Participant> participants = store.participants(tenant, program.id());
        Set<PersonId> known = log.addressees(tenant, program.id(), broadcast.id()).stream()
                .map(Addressee::person).collect(Collectors.toSet());
        List<Participant> fresh = participants.stream()
                .filter(p -> p.isActive() && broadcast.audience().includes(p.role()) && !known.contains(p.person()))
                .toList();
        Map<PersonId, Reachability.Choice> choices = reachability.choose(tenant, fresh);
        List<Addressee> decided = new ArrayList<>(fresh.size());
        for (Participant p : fresh) {
            String key = IdempotencyKeys.derive(tenant, broadcast.kind(), program.id().value(), "broadcast",
                    broadcast.id().value(), p.person().value());
            decided.add(decide(p, broadcast.kind(), choices.get(p.person()), key, now, false));
        }
        log.address(tenant, program.id(), broadcast.id(), decided);

        Map<PersonId, Participant> byPerson = index(participants);
        List<Addressee> addressees = log.addressees(tenant, program.id(), broadcast.id());
        int newlyQueued = 0;
        for (Addressee a : addressees) {
            Participant p = byPerson.get(a.person());
            if (a.outcome() != AddressingOutcome.QUEUED || a.catchUp() || p == null || !p.isActive()) {
                continue;
            }
            LocaleChain chain = LocaleChain.of(p.locale(), program.locale());
            Map.Entry<Locale, MessageContent> version = version(broadcast, chain);
            MessageContent content = composer.compose(version.getValue(), version.getKey(),
                    LocaleChain.of(version.getKey(), program.locale()));
            if (enqueue(tenant, program, p, a, broadcast.kind(), version.getKey(), content, now)) {
                newlyQueued++;
            }
        }
        return new SendReport(addressees, newlyQueued);
    }

    /**
     * Sends every active participant of the program a digest of the broadcasts of their audience they were never
     * addressed, having joined after them. Call it after enrolling people, or on a schedule.
     *
     * @param tenant the tenant
     * @param program the program
     * @return one report per participant who had something to catch up, by person id
     * @throws NotFoundException if the program does not exist in the tenant
     */
    public List<SendReport> catchUpAll(TenantId tenant, ProgramId program) {
        List<SendReport> reports = new ArrayList<>();
        for (Participant p : store.participants(tenant, program)) {
            if (p.isActive()) {
                SendReport report = catchUp(tenant, program, p.person());
                if (!report.addressees().isEmpty() || report.newlyQueued() > 0) {
                    reports.add(report);
                }
            }
        }
        return List.copyOf(reports);
    }

    /**
     * Sends one participant a digest of the broadcasts of their audience they were never addressed (in chunks of
     * {@value #BROADCASTS_PER_DIGEST}). Broadcasts of a kind they opted out of are left out and reported as such.
     *
     * @param tenant the tenant
     * @param programId the program
     * @param person the participant
     * @return the broadcasts newly addressed to them and how; empty if they are not an active participant
     * @throws NotFoundException if the program does not exist in the tenant
     */
    public SendReport catchUp(TenantId tenant, ProgramId programId, PersonId person) {
        Program program = openProgram(tenant, programId);
        Optional<Participant> found = store.findParticipant(tenant, programId, person).filter(Participant::isActive);
        if (found.isEmpty()) {
            return SendReport.empty();
        }
        Participant p = found.get();
        Instant now = clock.instant();
        List<PublishedBroadcast> missed = new ArrayList<>();
        Map<String, List<PublishedBroadcast>> digests = new LinkedHashMap<>();
        Map<String, Addressee> digestAddressees = new HashMap<>();
        for (PublishedBroadcast b : log.broadcasts(tenant, programId)) {
            if (!b.broadcast().audience().includes(p.role())) {
                continue;
            }
            Optional<Addressee> entry = log.addressees(tenant, programId, b.broadcast().id()).stream()
                    .filter(a -> a.person().equals(person)).findFirst();
            if (entry.isEmpty()) {
                missed.add(b);
            } else if (entry.get().catchUp() && entry.get().outcome() == AddressingOutcome.QUEUED) {
                digests.computeIfAbsent(entry.get().idempotencyKey(), k -> new ArrayList<>()).add(b);
                digestAddressees.putIfAbsent(entry.get().idempotencyKey(), entry.get());
            }
        }
        int newlyQueued = 0;
        for (Map.Entry<String, List<PublishedBroadcast>> digest : digests.entrySet()) {
            if (outbox.find(tenant, digest.getKey()).isEmpty()) {
                Addressee a = digestAddressees.get(digest.getKey());
                newlyQueued += enqueueDigest(tenant, program, p, a, digest.getValue(), now) ? 1 : 0;
            }
        }
        if (missed.isEmpty()) {
            return new SendReport(List.of(), newlyQueued);
        }
        Reachability.Choice choice = reachability.choose(tenant, List.of(p)).get(person);
        List<Addressee> recorded = new ArrayList<>();
        List<PublishedBroadcast> toDigest = new ArrayList<>();
        for (PublishedBroadcast b : missed) {
            String kind = b.broadcast().kind();
            Addressee skipped = null;
            if (p.optOuts().contains(kind)) {
                skipped = skipped(p, AddressingOutcome.OPTED_OUT, "opted out of " + kind, now, true);
            } else if (p.optOuts().contains(CATCH_UP_KIND)) {
                skipped = skipped(p, AddressingOutcome.OPTED_OUT, "opted out of " + CATCH_UP_KIND, now, true);
            } else if (choice.channel() == null) {
                skipped = skipped(p, AddressingOutcome.NO_CHANNEL, choice.reason(), now, true);
            }
            if (skipped == null) {
                toDigest.add(b);
            } else {
                recorded.addAll(log.address(tenant, programId, b.broadcast().id(), List.of(skipped)));
            }
        }
        for (int from = 0; from < toDigest.size(); from += BROADCASTS_PER_DIGEST) {
            List<PublishedBroadcast> chunk = toDigest.subList(from, Math.min(toDigest.size(),
                    from + BROADCASTS_PER_DIGEST));
            List<String> parts = new ArrayList<>();
            parts.add(programId.value());
            parts.add(person.value());
            chunk.forEach(b -> parts.add(b.broadcast().id().value()));
            String key = IdempotencyKeys.derive(tenant, CATCH_UP_KIND, parts.toArray(String[]::new));
            Addressee a = new Addressee(person, p.role(), AddressingOutcome.QUEUED, choice.channel(), key, true, now,
                    null);
            List<PublishedBroadcast> covered = new ArrayList<>(chunk.size());
            for (PublishedBroadcast b : chunk) {
                List<Addressee> added = log.address(tenant, programId, b.broadcast().id(), List.of(a));
                recorded.addAll(added);
                // A concurrent call may have addressed them first: the broadcast is theirs to carry unless that
                // call made this very digest.
                if (!added.isEmpty() || addressedWith(tenant, programId, b, person, key)) {
                    covered.add(b);
                }
            }
            if (!covered.isEmpty()) {
                newlyQueued += enqueueDigest(tenant, program, p, a, covered, now) ? 1 : 0;
            }
        }
        return new SendReport(recorded, newlyQueued);
    }

    private boolean addressedWith(TenantId tenant, ProgramId program, PublishedBroadcast b, PersonId person,
            String key) {
        return log.addressees(tenant, program, b.broadcast().id()).stream()
                .anyMatch(a -> a.person().equals(person) && key.equals(a.idempotencyKey()));
    }

    /**
     * Says, for one broadcast, who got it, on which channel, and who did not and why; active members who joined later
     * and were not caught up yet are listed as {@link ParityStatus#NOT_ADDRESSED}.
     *
     * @param tenant the tenant
     * @param program the program
     * @param id the broadcast
     * @return the report
     * @throws NotFoundException if the broadcast is not in the tenant's log
     */
    public ParityReport parity(TenantId tenant, ProgramId program, BroadcastId id) {
        PublishedBroadcast published = log.find(tenant, program, id)
                .orElseThrow(() -> new NotFoundException("broadcast", id.value()));
        List<ParityLine> lines = new ArrayList<>();
        Set<PersonId> addressed = new HashSet<>();
        for (Addressee a : log.addressees(tenant, program, id)) {
            addressed.add(a.person());
            lines.add(line(tenant, a));
        }
        for (Participant p : store.participants(tenant, program)) {
            if (p.isActive() && published.broadcast().audience().includes(p.role())
                    && !addressed.contains(p.person())) {
                lines.add(new ParityLine(p.person(), p.role(), ParityStatus.NOT_ADDRESSED, null, false,
                        "joined after the broadcast; their catch-up digest is not produced yet"));
            }
        }
        lines.sort(Comparator.comparing(l -> l.person().value()));
        return new ParityReport(id, published.broadcast().audience(), published.publishedAt(), lines);
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @return the program's broadcasts, by publication instant
     */
    public List<PublishedBroadcast> published(TenantId tenant, ProgramId program) {
        return log.broadcasts(tenant, program);
    }

    private ParityLine line(TenantId tenant, Addressee a) {
        return switch (a.outcome()) {
            case OPTED_OUT -> new ParityLine(a.person(), a.role(), ParityStatus.OPTED_OUT, null, a.catchUp(),
                    a.detail());
            case NO_CHANNEL -> new ParityLine(a.person(), a.role(), ParityStatus.NO_CHANNEL, null, a.catchUp(),
                    a.detail());
            case QUEUED -> {
                Optional<OutboxEntry> entry = outbox.find(tenant, a.idempotencyKey());
                if (entry.isEmpty()) {
                    yield new ParityLine(a.person(), a.role(), ParityStatus.IN_PROGRESS, a.channel(), a.catchUp(),
                            "recorded but not in the outbox: publishing or catching up again queues it");
                }
                yield switch (entry.get().state()) {
                    case DELIVERED -> new ParityLine(a.person(), a.role(), ParityStatus.DELIVERED, a.channel(),
                            a.catchUp(), null);
                    case DEAD -> new ParityLine(a.person(), a.role(), ParityStatus.BOUNCED, a.channel(), a.catchUp(),
                            entry.get().lastError());
                    case PENDING, IN_FLIGHT -> new ParityLine(a.person(), a.role(), ParityStatus.IN_PROGRESS,
                            a.channel(), a.catchUp(), entry.get().lastError());
                };
            }
        };
    }

    private boolean enqueueDigest(TenantId tenant, Program program, Participant p, Addressee a,
            List<PublishedBroadcast> chunk, Instant now) {
        LocaleChain chain = LocaleChain.of(p.locale(), program.locale());
        Locale locale = chain.languageOf(texts, "catchup.title");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(chain.format(texts, "catchup.intro", chunk.size()));
        Set<Link> links = new LinkedHashSet<>();
        for (PublishedBroadcast b : chunk) {
            MessageContent version = version(b.broadcast(), chain).getValue();
            StringBuilder entry = new StringBuilder(chain.format(texts, "catchup.entry", version.title(),
                    dates.format(b.publishedAt().atZone(p.zone()))));
            version.paragraphs().forEach(paragraph -> entry.append('\n').append(paragraph));
            version.keyPoints().forEach(point -> entry.append("\n• ").append(point));
            paragraphs.add(Truncation.fit(entry.toString(), MAX_PARAGRAPH));
            for (Link link : version.links()) {
                if (links.size() < MAX_DIGEST_LINKS) {
                    links.add(link);
                }
            }
        }
        MessageContent content = new MessageContent(chain.format(texts, "catchup.title"), paragraphs, List.of(),
                List.copyOf(links), null);
        return enqueue(tenant, program, p, a, CATCH_UP_KIND, locale, content, now);
    }

    private boolean enqueue(TenantId tenant, Program program, Participant p, Addressee a, String kind, Locale locale,
            MessageContent content, Instant now) {
        Channel channel = a.channel();
        String key = a.idempotencyKey();
        if (channel == null || key == null) {
            throw new IllegalStateException("a queued addressee has a channel and a key");
        }
        OutgoingMessage message = OutgoingMessage.builder()
                .tenant(tenant).program(program.id()).recipient(p.person()).channel(channel)
                .locale(locale).recipientLocale(p.locale()).recipientZone(p.zone())
                .kind(kind).content(content).idempotencyKey(key)
                .notBefore(settings.nextAllowed(now, p.zone(), channel))
                .build();
        return outbox.enqueue(tenant, message);
    }

    static Addressee decide(Participant p, String kind, Reachability.Choice choice, String key, Instant now,
            boolean catchUp) {
        if (p.optOuts().contains(kind)) {
            return skipped(p, AddressingOutcome.OPTED_OUT, "opted out of " + kind, now, catchUp);
        }
        if (choice.channel() == null) {
            return skipped(p, AddressingOutcome.NO_CHANNEL, choice.reason(), now, catchUp);
        }
        return new Addressee(p.person(), p.role(), AddressingOutcome.QUEUED, choice.channel(), key, catchUp, now,
                null);
    }

    private static Addressee skipped(Participant p, AddressingOutcome outcome, @Nullable String detail, Instant now,
            boolean catchUp) {
        return new Addressee(p.person(), p.role(), outcome, null, null, catchUp, now,
                detail == null ? "no channel reaches them" : detail);
    }

    static Map.Entry<Locale, MessageContent> version(Broadcast broadcast, LocaleChain chain) {
        return chain.pick(broadcast.versions()).orElseGet(() -> broadcast.versions().entrySet().stream()
                .min(Comparator.comparing(e -> e.getKey().toLanguageTag())).orElseThrow());
    }

    static Map<PersonId, Participant> index(List<Participant> participants) {
        return participants.stream().collect(Collectors.toMap(Participant::person, Function.identity(), (a, b) -> a));
    }

    Program openProgram(TenantId tenant, ProgramId id) {
        Program program = store.findProgram(tenant, id).orElseThrow(() -> new NotFoundException("program", id.value()));
        if (program.status() == ProgramStatus.SUSPENDED || program.status().isTerminal()) {
            throw new InvalidValueException("program", "must not be suspended, closed or cancelled to send messages",
                    program.status());
        }
        return program;
    }
}

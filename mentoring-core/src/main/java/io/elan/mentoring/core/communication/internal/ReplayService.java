package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.communication.replay.UsefulReplay;
import io.elan.mentoring.core.communication.replay.UsefulReplays;
import io.elan.mentoring.core.internal.Reachability;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends the useful replay of a touchpoint (replay utile) to those who missed it, and only to them: the absentees are
 * the active participants of the touchpoint's audience minus those whose attendance is recorded as
 * {@link AttendanceStatus#ATTENDED}. The replay carries what the team gave, no more: its one to five key points and its
 * links.
 *
 * <p>The team may give the replay as soon as the touchpoint has ended: it goes out
 * {@link CommunicationSettings#replayDelay()} after the end (2 hours unless set), moved into each absentee's
 * {@link CommunicationSettings#sendingHours() sending hours}, so a session ending at 17:00 is replayed the next
 * working morning. The outbox holds it until then; a replay given later than that goes out at once, within the
 * sending hours. Sending the same replay again sends nothing twice. Thread-safe if the ports are.
 */
public final class ReplayService {

    private static final String KIND = UsefulReplays.KIND;

    private final ProgramStore store;
    private final Outbox outbox;
    private final BroadcastService broadcasts;
    private final Reachability reachability;
    private final MessageTexts texts;
    private final CommunicationSettings settings;
    private final Clock clock;

    ReplayService(ProgramStore store, Outbox outbox, BroadcastService broadcasts, Reachability reachability,
            MessageTexts texts, CommunicationSettings settings, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.broadcasts = broadcasts;
        this.reachability = reachability;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues the replay for the touchpoint's absentees, in their language, to go out at the time
     * {@link CommunicationSettings#replayDelay()} and the sending hours give.
     *
     * @param tenant the tenant
     * @param replay the key points and links
     * @return the absentees: whose replay is in the outbox, and who could not be reached and why
     * @throws NotFoundException if the program or the touchpoint does not exist in the tenant
     * @throws InvalidValueException naming {@code touchpoint} if it has not ended yet at the clock's instant, was
     *     cancelled, or is a message nobody attends; naming {@code program} if the program cannot send
     */
    public SendReport send(TenantId tenant, UsefulReplay replay) {
        Program program = broadcasts.openProgram(tenant, replay.program());
        Touchpoint touchpoint = store.findTouchpoint(tenant, replay.program(), replay.touchpoint())
                .orElseThrow(() -> new NotFoundException("touchpoint", replay.touchpoint().value()));
        Instant now = clock.instant();
        if (!touchpoint.format().isSynchronous()) {
            throw new InvalidValueException("touchpoint", "must be a session people attend, not a "
                    + touchpoint.format(), touchpoint.id());
        }
        if (touchpoint.status() == TouchpointStatus.CANCELLED) {
            throw new InvalidValueException("touchpoint", "was cancelled, so it has no replay", touchpoint.id());
        }
        if (touchpoint.end().isAfter(now)) {
            throw new InvalidValueException("touchpoint", "has not happened yet: it ends at " + touchpoint.end()
                    + ", after now (" + now + ")", touchpoint.id());
        }
        Instant due = touchpoint.end().plus(settings.replayDelay());
        Instant earliest = due.isAfter(now) ? due : now;
        List<Participant> absentees = absentees(tenant, touchpoint);
        Map<PersonId, Reachability.Choice> choices = reachability.choose(tenant, absentees);
        String fingerprint = fingerprint(replay);
        List<Addressee> addressees = new ArrayList<>(absentees.size());
        int newlyQueued = 0;
        for (Participant p : absentees) {
            String key = IdempotencyKeys.derive(tenant, KIND, program.id().value(), touchpoint.id().value(),
                    fingerprint, p.person().value());
            Addressee a = BroadcastService.decide(p, KIND, choices.get(p.person()), key, now, false);
            addressees.add(a);
            Channel channel = a.channel();
            if (a.outcome() == AddressingOutcome.QUEUED && channel != null) {
                LocaleChain chain = LocaleChain.of(p.locale(), program.locale());
                Locale locale = chain.languageOf(texts, "replay.title");
                MessageContent content = content(replay, touchpoint, p, chain, locale);
                OutgoingMessage message = OutgoingMessage.builder()
                        .tenant(tenant).program(program.id()).recipient(p.person()).channel(channel)
                        .locale(locale).recipientLocale(p.locale()).recipientZone(p.zone())
                        .kind(KIND).content(content).idempotencyKey(key)
                        .notBefore(settings.nextAllowed(earliest, p.zone(), channel))
                        .build();
                newlyQueued += outbox.enqueue(tenant, message) ? 1 : 0;
            }
        }
        return new SendReport(addressees, newlyQueued);
    }

    /**
     * @param tenant the tenant
     * @param touchpoint the touchpoint
     * @return the active participants of its audience whose attendance is not recorded as attended, by person id
     */
    public List<Participant> absentees(TenantId tenant, Touchpoint touchpoint) {
        Set<PersonId> attended = store.attendance(tenant, touchpoint.program(), touchpoint.id()).stream()
                .filter(a -> a.status() == AttendanceStatus.ATTENDED)
                .map(Attendance::person)
                .collect(Collectors.toSet());
        return store.participants(tenant, touchpoint.program()).stream()
                .filter(p -> p.isActive() && touchpoint.audience().includes(p.role()))
                .filter(p -> !attended.contains(p.person()))
                .toList();
    }

    private MessageContent content(UsefulReplay replay, Touchpoint touchpoint, Participant p, LocaleChain chain,
            Locale locale) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(touchpoint.start().atZone(p.zone()));
        String theme = Quotes.unwrap(touchpoint.theme());
        String title = Truncation.fit(chain.format(texts, "replay.title", theme), 200);
        // The session is named by its format and theme, in the language of the sentence that holds it: a replay is
        // of an event, not of a subject. A language with no name for the format (a host's own texts) gets the theme.
        Locale intro = chain.languageOf(texts, "replay.intro");
        String eventKey = "event." + touchpoint.format().name();
        String event = texts.languageOf(eventKey, intro, intro).getLanguage().equals(intro.getLanguage())
                ? texts.format(eventKey, intro, intro, theme) : theme;
        return new MessageContent(title, List.of(chain.format(texts, "replay.intro", event, day)),
                replay.keyPoints(), replay.links(), null);
    }

    private static String fingerprint(UsefulReplay replay) {
        List<String> parts = new ArrayList<>(replay.keyPoints());
        for (Link link : replay.links()) {
            parts.add(link.label());
            parts.add(link.url().toString());
        }
        return IdempotencyKeys.fingerprint(parts.toArray(String[]::new));
    }
}

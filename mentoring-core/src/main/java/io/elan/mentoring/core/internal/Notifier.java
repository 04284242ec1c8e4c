package io.elan.mentoring.core.internal;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.broadcast.Notice;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes the engine's own messages to one person (a hotline answer, an alert to the program team) and queues them in
 * the outbox: in the recipient's language, on the channel that reaches them, inside their sending hours, once per
 * idempotency key. A participant is read from the program (language, zone, channel, opt-outs); anyone else, such as
 * the program manager, from the people directory. Thread-safe if the ports are.
 */
public final class Notifier {

    private final ProgramStore store;
    private final Outbox outbox;
    private final PeopleDirectory directory;
    private final Reachability reachability;
    private final MessageTexts texts;
    private final CommunicationSettings settings;
    private final @Nullable PersonId programManager;
    private final Channel managerChannel;

    /**
     * @param store where participants are read
     * @param outbox where messages are queued
     * @param directory where people who are not participants are read
     * @param gateway which channels can be sent on
     * @param texts the texts messages are written with
     * @param settings sending hours, quiet hours and the fallback channel
     * @param programManager who the program team's alerts go to, if anyone
     * @param managerChannel the channel tried first for the program manager
     */
    public Notifier(ProgramStore store, Outbox outbox, PeopleDirectory directory, MessageGateway gateway,
            MessageTexts texts, CommunicationSettings settings, @Nullable PersonId programManager,
            Channel managerChannel) {
        this.store = store;
        this.outbox = outbox;
        this.directory = directory;
        this.reachability = new Reachability(gateway, directory, settings.fallbackChannel());
        this.texts = texts;
        this.settings = settings;
        this.programManager = programManager;
        this.managerChannel = managerChannel;
    }

    /**
     * @param program a program
     * @return who the program team's alerts go to: the manager its definition names, else the engine's, if any
     */
    public Optional<PersonId> programManager(Program program) {
        return ProgramSettings.programManager(program).or(() -> Optional.ofNullable(programManager));
    }

    /**
     * The recipient's language and zone, and Élan's texts to write in them.
     *
     * @param texts the texts
     * @param recipient the recipient's language
     * @param program the program's language, for texts the recipient's has not
     * @param zone the zone dates are written in
     */
    public record Writer(MessageTexts texts, Locale recipient, Locale program, ZoneId zone) {
        /**
         * @param key a text's key
         * @param arguments its placeholders' values
         * @return the text in the recipient's language
         */
        public String text(String key, Object... arguments) {
            return texts.format(key, recipient, program, arguments);
        }

        /**
         * @param key the key whose language is asked
         * @return the language the text of that key is written in
         */
        public Locale language(String key) {
            return texts.languageOf(key, recipient, program);
        }

        /**
         * @param at an instant
         * @param languageKey the key of the text the date goes into, whose language writes it
         * @return the day, as the recipient reads it: {@code 12 janvier 2027}, {@code January 12, 2027}
         */
        public String day(Instant at, String languageKey) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language(languageKey))
                    .format(at.atZone(zone));
        }
    }

    /**
     * Writes and queues one message, unless the outbox holds its key already. It leaves at the first instant from
     * {@code now} the recipient's sending hours allow.
     *
     * @param tenant the tenant
     * @param program the program it is about
     * @param recipient who it is for
     * @param kind its kind; a participant who opted out of it is not sent it
     * @param key its idempotency key
     * @param titleKey the key of its title text, whose language the message is written in
     * @param now the earliest it may leave
     * @param letter writes the content in the recipient's language
     * @return what became of it
     */
    public Notice send(TenantId tenant, Program program, PersonId recipient, String kind, String key,
            String titleKey, Instant now, Function<Writer, MessageContent> letter) {
        return send(tenant, program, recipient, kind, key, titleKey, now, letter, false).orElseThrow();
    }

    /**
     * Like {@link #send}, but only if the message could leave at {@code now}: an alert that would wait for the
     * morning is not queued, so that what is settled before then raises none; a later call inside the recipient's
     * sending hours queues it.
     *
     * @param tenant the tenant
     * @param program the program it is about
     * @param recipient who it is for
     * @param kind its kind
     * @param key its idempotency key
     * @param titleKey the key of its title text
     * @param now the instant it would leave
     * @param letter writes the content in the recipient's language
     * @return what became of it; empty if it could not leave now and was not queued before
     */
    public Optional<Notice> sendIfItLeavesNow(TenantId tenant, Program program, PersonId recipient, String kind,
            String key, String titleKey, Instant now, Function<Writer, MessageContent> letter) {
        return send(tenant, program, recipient, kind, key, titleKey, now, letter, true);
    }

    /**
     * @param tenant the tenant
     * @param people people to name
     * @return each one's display name, or their id when the directory does not know them
     */
    public Map<PersonId, String> names(TenantId tenant, Collection<PersonId> people) {
        Map<PersonId, String> names = new HashMap<>();
        directory.findAll(tenant, people).forEach((id, person) -> names.put(id, person.displayName()));
        for (PersonId id : people) {
            names.putIfAbsent(id, id.value());
        }
        return names;
    }

    /** How to reach one recipient, or why they cannot be. */
    private record Target(@Nullable Channel channel, Locale locale, ZoneId zone, @Nullable String unreachable) {}

    private Optional<Notice> send(TenantId tenant, Program program, PersonId recipient, String kind, String key,
            String titleKey, Instant now, Function<Writer, MessageContent> letter, boolean onlyNow) {
        Target target = target(tenant, program, recipient, kind);
        Channel channel = target.channel();
        if (channel == null) {
            return Optional.of(new Notice(recipient, kind, key, Notice.Status.NOT_SENT,
                    String.valueOf(target.unreachable())));
        }
        if (outbox.find(tenant, key).isPresent()) {
            return Optional.of(new Notice(recipient, kind, key, Notice.Status.ALREADY_QUEUED, null));
        }
        Instant leaves = settings.nextAllowed(now, target.zone(), channel);
        if (onlyNow && leaves.isAfter(now)) {
            return Optional.empty();
        }
        Writer writer = new Writer(texts, target.locale(), program.locale(), target.zone());
        OutgoingMessage message = OutgoingMessage.builder()
                .tenant(tenant).program(program.id()).recipient(recipient).channel(channel)
                .locale(writer.language(titleKey)).recipientLocale(target.locale()).recipientZone(target.zone())
                .kind(kind).content(letter.apply(writer)).idempotencyKey(key).notBefore(leaves)
                .build();
        return Optional.of(new Notice(recipient, kind, key,
                outbox.enqueue(tenant, message) ? Notice.Status.QUEUED : Notice.Status.ALREADY_QUEUED, null));
    }

    private Target target(TenantId tenant, Program program, PersonId recipient, String kind) {
        Optional<Participant> participant = store.findParticipant(tenant, program.id(), recipient);
        if (participant.isPresent()) {
            Participant p = participant.get();
            if (!p.isActive()) {
                return unreachable(program, "no longer an active participant (" + p.status() + ")");
            }
            if (p.optOuts().contains(kind)) {
                return unreachable(program, "opted out of " + kind);
            }
            Reachability.Choice choice = reachability.choose(tenant, List.of(p)).get(recipient);
            return choice.channel() == null ? unreachable(program, String.valueOf(choice.reason()))
                    : new Target(choice.channel(), p.locale(), p.zone(), null);
        }
        @Nullable Person person = directory.find(tenant, recipient).orElse(null);
        Reachability.Choice choice = reachability.choose(person, managerChannel);
        if (choice.channel() == null || person == null) {
            return unreachable(program, String.valueOf(choice.reason()));
        }
        return new Target(choice.channel(), person.locale(), person.zone(), null);
    }

    private static Target unreachable(Program program, String reason) {
        return new Target(null, program.locale(), program.zone(), reason);
    }
}

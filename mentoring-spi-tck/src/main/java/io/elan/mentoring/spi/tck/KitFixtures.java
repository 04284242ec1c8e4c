package io.elan.mentoring.spi.tck;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sample values the kits store. Public so that plugin authors can write further tests in the same terms.
 */
public final class KitFixtures {
    /** An instant all kits count from: the seed program's kick-off morning. */
    public static final Instant T0 = Instant.parse("2026-09-15T07:00:00Z");

    /** The tenant of the messages {@link #message(ProgramId, String, Instant)} makes. */
    public static final TenantId MESSAGE_TENANT = TenantId.of("kit-messages");

    private KitFixtures() {}

    /** @return a tenant no other test uses, so a store may be shared between tests */
    public static TenantId freshTenant() {
        return TenantId.of("kit-" + UUID.randomUUID());
    }

    /**
     * @param tenant the tenant
     * @param id the program id
     * @return a draft ten-month program, never stored
     */
    public static Program program(TenantId tenant, String id) {
        return Program.builder()
                .tenant(tenant)
                .id(id)
                .name("Programme " + id)
                .kickOff(LocalDate.of(2026, 9, 15))
                .closing(LocalDate.of(2027, 7, 15))
                .zone(ZoneId.of("Europe/Paris"))
                .locale(Locale.FRENCH)
                .build();
    }

    /**
     * @param program the program
     * @param person the person id
     * @param role the community
     * @return an active participant, never stored
     */
    public static Participant participant(ProgramId program, String person, Role role) {
        return Participant.builder()
                .program(program)
                .person(PersonId.of(person))
                .role(role)
                .preferredChannel(Channel.EMAIL)
                .locale(Locale.FRENCH)
                .zone(ZoneId.of("Europe/Paris"))
                .enrolledOn(LocalDate.of(2026, 9, 1))
                .build();
    }

    /**
     * @param program the program
     * @param id the pair id
     * @param mentor the mentor's person id
     * @param mentee the mentee's person id
     * @return an active pair, never stored
     */
    public static Pair pair(ProgramId program, String id, String mentor, String mentee) {
        return Pair.formed(PairId.of(id), program, PersonId.of(mentor), PersonId.of(mentee), LocalDate.of(2026, 9, 15));
    }

    /**
     * @param program the program
     * @param id the touchpoint id
     * @param start when it starts
     * @return a planned 45-minute focus webinar for both communities, never stored
     */
    public static Touchpoint webinar(ProgramId program, String id, Instant start) {
        return Touchpoint.builder()
                .id(TouchpointId.of(id))
                .program(program)
                .format(Format.WEBINAR_FOCUS)
                .theme("Écoute active")
                .start(start)
                .duration(Duration.ofMinutes(45))
                .audience(Audience.BOTH)
                .build();
    }

    /**
     * @param program the program
     * @param id the event id
     * @param pair the pair id
     * @param at when
     * @return a pair meeting reported by the host
     */
    public static ActivityEvent meeting(ProgramId program, String id, String pair, Instant at) {
        return ActivityEvent.ofPair(EventId.of(id), program, PairId.of(pair), ActivityKind.PAIR_MEETING, at, "kit");
    }

    /**
     * @param program the program
     * @param key the idempotency key
     * @param notBefore the earliest send instant
     * @return a monthly e-mail to one mentee of {@link #MESSAGE_TENANT}
     */
    public static OutgoingMessage message(ProgramId program, String key, Instant notBefore) {
        return message(MESSAGE_TENANT, program, key, Channel.EMAIL, notBefore);
    }

    /**
     * @param program the program
     * @param key the idempotency key
     * @param channel the channel to send it on
     * @param notBefore the earliest send instant
     * @return a monthly message to one mentee of {@link #MESSAGE_TENANT} on that channel
     */
    public static OutgoingMessage message(ProgramId program, String key, Channel channel, Instant notBefore) {
        return message(MESSAGE_TENANT, program, key, channel, notBefore);
    }

    /**
     * @param tenant the tenant the message belongs to
     * @param program the program
     * @param key the idempotency key
     * @param notBefore the earliest send instant
     * @return a monthly e-mail to one mentee
     */
    public static OutgoingMessage message(TenantId tenant, ProgramId program, String key, Instant notBefore) {
        return message(tenant, program, key, Channel.EMAIL, notBefore);
    }

    /**
     * The one place the kits build an {@link OutgoingMessage}, so that a change to it is made here.
     *
     * @param tenant the tenant the message belongs to
     * @param program the program
     * @param key the idempotency key
     * @param channel the channel to send it on
     * @param notBefore the earliest send instant
     * @return a monthly message to one mentee on that channel, written in French for a reader in Paris
     */
    public static OutgoingMessage message(TenantId tenant, ProgramId program, String key, Channel channel,
            Instant notBefore) {
        return OutgoingMessage.builder()
                .tenant(tenant)
                .program(program)
                .recipient(PersonId.of("mentee-1"))
                .channel(channel)
                .locale(Locale.FRENCH)
                .recipientLocale(Locale.FRENCH)
                .recipientZone(ZoneId.of("Europe/Paris"))
                .kind("monthly-message")
                .content(MessageContent.of("Le mois de l'élan", "Partagez une réussite de votre binôme."))
                .idempotencyKey(key)
                .notBefore(notBefore)
                .build();
    }

    /**
     * @param program the program
     * @param wave the wave
     * @param token the response token
     * @param score the answer to item {@code q1}
     * @return a mentor's response with one numeric answer
     */
    public static SurveyResponse response(ProgramId program, String wave, String token, int score) {
        return new SurveyResponse(program, wave, ResponseToken.of(token), Map.of("role", "MENTOR"),
                Map.of("q1", new Answer.Numeric(score)));
    }

    /**
     * @param program the program
     * @param id the broadcast id
     * @param title what it says, in French
     * @param publishedAt when it was published
     * @return an announcement to both communities, never stored
     */
    public static PublishedBroadcast broadcast(ProgramId program, String id, String title, Instant publishedAt) {
        return new PublishedBroadcast(new Broadcast(BroadcastId.of(id), program, Audience.BOTH, "announcement",
                Map.of(Locale.FRENCH, MessageContent.of(title, "Rendez-vous au prochain atelier."))), publishedAt);
    }

    /**
     * @param person the person id
     * @param key the idempotency key of the message queued for them
     * @param at when it was decided
     * @return a mentee reached by e-mail
     */
    public static Addressee queued(String person, String key, Instant at) {
        return new Addressee(PersonId.of(person), Role.MENTEE, AddressingOutcome.QUEUED, Channel.EMAIL, key, false, at,
                null);
    }

    /**
     * @param person the person id
     * @param token the token handed to them
     * @return a mentee's invitation, not answered yet
     */
    public static Invitation invitation(String person, String token) {
        return new Invitation(PersonId.of(person), ResponseToken.of(token), Map.of("role", "MENTEE"), false);
    }
}

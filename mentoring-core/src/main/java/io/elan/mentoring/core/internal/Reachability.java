package io.elan.mentoring.core.internal;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.program.Participant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the channel that reaches a participant: their preferred one when the gateway supports it and the directory
 * has an address for it, else the fallback under the same conditions. Thread-safe if the gateway and directory are.
 */
public final class Reachability {

    /**
     * The channel chosen for one participant.
     *
     * @param channel the channel, or {@code null} if none reaches them
     * @param reason why none does, when none does
     */
    public record Choice(@Nullable Channel channel, @Nullable String reason) {}

    private final MessageGateway gateway;
    private final @Nullable PeopleDirectory directory;
    private final @Nullable Channel fallback;

    /**
     * @param gateway tells which channels can be sent on
     * @param directory tells which addresses people have; {@code null} to trust every channel the gateway supports
     * @param fallback the channel tried after the preferred one, if any
     */
    public Reachability(MessageGateway gateway, @Nullable PeopleDirectory directory, @Nullable Channel fallback) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.directory = directory;
        this.fallback = fallback;
    }

    /**
     * Looks everyone up at once, then chooses.
     *
     * @param tenant the tenant
     * @param participants the participants
     * @return the choice for each participant's person
     */
    public Map<PersonId, Choice> choose(TenantId tenant, Collection<Participant> participants) {
        Map<PersonId, Person> people = directory == null || participants.isEmpty()
                ? Map.of()
                : directory.findAll(tenant, participants.stream().map(Participant::person).toList());
        Map<PersonId, Choice> choices = new HashMap<>();
        for (Participant participant : participants) {
            choices.put(participant.person(), choose(participant, people.get(participant.person())));
        }
        return choices;
    }

    /**
     * Chooses for someone who is not a participant, such as the program manager, from what the directory says.
     *
     * @param person the person, as the directory has them, or {@code null} if it does not know them
     * @param preferred the channel to try first
     * @return the choice
     */
    public Choice choose(@Nullable Person person, Channel preferred) {
        return choose(preferred, person);
    }

    private Choice choose(Participant participant, @Nullable Person person) {
        return choose(participant.preferredChannel(), person);
    }

    private Choice choose(Channel preferred, @Nullable Person person) {
        if (directory != null && person == null) {
            return new Choice(null, "not found in the people directory");
        }
        if (person != null && !person.active()) {
            return new Choice(null, "the people directory says they left the company");
        }
        List<Channel> tried = fallback == null || fallback.equals(preferred)
                ? List.of(preferred)
                : List.of(preferred, fallback);
        StringBuilder why = new StringBuilder();
        for (Channel channel : tried) {
            String problem = !gateway.supports(channel)
                    ? "the gateway does not support " + channel
                    : person == null ? null : missingAddress(person, channel);
            if (problem == null) {
                return new Choice(channel, null);
            }
            if (why.length() > 0) {
                why.append("; ");
            }
            why.append(problem);
        }
        return new Choice(null, why.toString());
    }

    private static @Nullable String missingAddress(Person person, Channel channel) {
        if (channel.equals(Channel.EMAIL) && person.email() == null) {
            return "no e-mail address for email";
        }
        if ((channel.equals(Channel.SMS) || channel.equals(Channel.WHATSAPP)) && person.phone() == null) {
            return "no phone number for " + channel;
        }
        return null;
    }
}

package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simulation's e-mail and WhatsApp gateway: instead of sending, it keeps each message with the simulated instant
 * it left, once per idempotency key as the gateway contract asks. Thread-safe.
 */
final class RecordingGateway implements MessageGateway {

    /**
     * One message as it left.
     *
     * @param message the message
     * @param sentAt when the dispatcher handed it over, on the simulated clock
     */
    record Sent(OutgoingMessage message, Instant sentAt) {}

    private static final Set<Channel> CHANNELS = Set.of(Channel.EMAIL, Channel.WHATSAPP);

    private final Clock clock;
    private final Set<String> keys = new HashSet<>();
    private final List<Sent> sent = new ArrayList<>();

    /** @param clock the simulated clock */
    RecordingGateway(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(Channel channel) {
        return CHANNELS.contains(channel);
    }

    @Override
    public synchronized SendResult send(OutgoingMessage message) {
        if (!supports(message.channel())) {
            return SendResult.permanent("channel " + message.channel() + " is not supported by this gateway");
        }
        if (keys.add(message.idempotencyKey())) {
            sent.add(new Sent(message, clock.instant()));
        }
        return SendResult.delivered();
    }

    /** @return every message sent, in the order it left */
    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}

package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link MessageGateway} that keeps what it delivers in memory instead of sending it: the recipient's inbox of a
 * test, a sample or a demo. Honours idempotency keys (a key is delivered once) and answers
 * {@link SendResult.Status#PERMANENT_FAILURE} for channels it was not given. Thread-safe.
 */
public final class InMemoryMessageGateway implements MessageGateway {

    private final Set<Channel> channels;
    private final Map<String, OutgoingMessage> delivered = new LinkedHashMap<>();

    /**
     * @param channels the channels it accepts; none means all
     */
    public InMemoryMessageGateway(Channel... channels) {
        this.channels = Set.of(channels);
    }

    @Override
    public boolean supports(Channel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        if (!supports(message.channel())) {
            return SendResult.permanent("channel " + message.channel() + " is not supported by this gateway");
        }
        synchronized (delivered) {
            delivered.putIfAbsent(message.idempotencyKey(), message);
        }
        return SendResult.delivered();
    }

    /** @return every message delivered, once per idempotency key, in delivery order */
    public List<OutgoingMessage> delivered() {
        synchronized (delivered) {
            return List.copyOf(new ArrayList<>(delivered.values()));
        }
    }
}

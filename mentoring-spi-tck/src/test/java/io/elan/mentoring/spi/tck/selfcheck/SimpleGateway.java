package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A small e-mail-only gateway for checking the kit; with {@code honoursKeys} false it delivers every send. */
final class SimpleGateway implements MessageGateway {
    private final boolean honoursKeys;
    private final Set<String> seen = new HashSet<>();
    final List<String> arrivals = new ArrayList<>();

    SimpleGateway(boolean honoursKeys) {
        this.honoursKeys = honoursKeys;
    }

    @Override
    public boolean supports(Channel channel) {
        return Channel.EMAIL.equals(channel);
    }

    @Override
    public synchronized SendResult send(OutgoingMessage m) {
        if (!supports(m.channel())) {
            return SendResult.permanent("only e-mail");
        }
        if (seen.add(m.idempotencyKey()) || !honoursKeys) {
            arrivals.add(m.idempotencyKey());
        }
        return SendResult.delivered();
    }

    synchronized List<String> arrivals() {
        return List.copyOf(arrivals);
    }
}

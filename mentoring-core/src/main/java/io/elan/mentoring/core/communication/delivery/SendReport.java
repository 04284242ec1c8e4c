package io.elan.mentoring.core.communication.delivery;

import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import java.util.List;

/**
 * What addressing a message to an audience did: who got a message in the outbox, and who did not and why.
 *
 * @param addressees every recipient considered, by person id
 * @param newlyQueued how many messages entered the outbox for the first time; a replayed call queues none
 */
public record SendReport(List<Addressee> addressees, int newlyQueued) {
    /**
     * Copies the list.
     *
     * @param addressees every recipient considered, by person id
     * @param newlyQueued how many messages entered the outbox for the first time; a replayed call queues none
     */
    public SendReport {
        addressees = List.copyOf(addressees);
    }

    /** @return a report of nothing done */
    public static SendReport empty() {
        return new SendReport(List.of(), 0);
    }

    /** @return the recipients whose message is in the outbox */
    public List<Addressee> queued() {
        return addressees.stream().filter(a -> a.outcome() == AddressingOutcome.QUEUED).toList();
    }

    /** @return the recipients not reached, with the reason */
    public List<Addressee> skipped() {
        return addressees.stream().filter(a -> a.outcome() != AddressingOutcome.QUEUED).toList();
    }
}

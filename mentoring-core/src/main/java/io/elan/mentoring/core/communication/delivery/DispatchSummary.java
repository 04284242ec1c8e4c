package io.elan.mentoring.core.communication.delivery;

/**
 * What one delivery of the outbox did, as the timer call ({@link io.elan.mentoring.core.Elan#runDue()}) reports
 * it for each tenant. Every claimed message is counted in exactly one of the other
 * figures.
 *
 * @param claimed messages claimed from the outbox
 * @param delivered messages the gateway accepted
 * @param retried messages that failed and will be tried again
 * @param deferred messages put back because the recipient is in their quiet hours or the program is suspended
 * @param deadLettered messages given up on, with a reason
 * @param lostClaims claims that ended without an outcome of this call: the outbox refused the outcome because another
 *     sender had taken the claim over, the lease ran out before the message could be sent, or, once the thread was
 *     interrupted, the outbox could not take the claim back; whoever holds or claims the message next sends it
 * @param released claims given back unsent, without counting an attempt, because the calling thread was interrupted
 * @param unsettled outcomes the outbox failed to record (a {@link io.elan.mentoring.spi.StoreException}); those claims
 *     expire and their messages are tried again
 */
public record DispatchSummary(int claimed, int delivered, int retried, int deferred, int deadLettered,
        int lostClaims, int released, int unsettled) {

    /** @return whether the call found nothing due */
    public boolean idle() {
        return claimed == 0;
    }
}

package io.elan.mentoring.core.communication;

/**
 * What one {@link OutboxDispatcher#runDue} call did.
 *
 * @param claimed messages claimed from the outbox
 * @param delivered messages the gateway accepted
 * @param retried messages that failed and will be tried again
 * @param deferred messages put back because the recipient is in their quiet hours
 * @param deadLettered messages given up on, with a reason
 * @param lostClaims outcomes the outbox refused because the claim had expired and been taken by another sender
 */
public record DispatchSummary(int claimed, int delivered, int retried, int deferred, int deadLettered,
        int lostClaims) {

    /** @return whether the call found nothing due */
    public boolean idle() {
        return claimed == 0;
    }
}

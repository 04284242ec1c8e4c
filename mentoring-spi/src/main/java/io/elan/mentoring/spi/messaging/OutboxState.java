package io.elan.mentoring.spi.messaging;

/**
 * Where a message stands in the outbox.
 */
public enum OutboxState {
    /** Waiting for its not-before instant or its next attempt. */
    PENDING,
    /** Claimed by a sender whose lease has not been settled; claimable again once the lease expires. */
    IN_FLIGHT,
    /** Delivered; final. */
    DELIVERED,
    /** Given up on, with a reason; final. */
    DEAD;

    /** @return whether the message will never be sent again */
    public boolean isFinal() {
        return this == DELIVERED || this == DEAD;
    }
}

package io.elan.mentoring.spi.messaging;

/**
 * Sends one message on one channel: e-mail, WhatsApp, a webhook, Teams. Implemented by the host or a plugin.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Returns a {@link SendResult} and never throws for a failed delivery: classify it as retryable or permanent.
 *       An exception is treated by the engine as a retryable failure.</li>
 *   <li>Classifies by whether the same message can succeed later. The provider failing or down (HTTP 5xx), a
 *       timeout, a refused or broken connection, a rate limit (429) or a request timeout (408) are retryable, with the
 *       wait the provider asked for (its Retry-After) as {@link SendResult#retryAfter()}; a refusal of the message
 *       itself (400, 404, 410, 422: unknown recipient, rejected content) is permanent. A failure is never
 *       {@link SendResult.Status#DELIVERED}.</li>
 *   <li>Honours the idempotency key: sending a message whose key was already delivered does not reach the recipient a
 *       second time and still answers {@link SendResult.Status#DELIVERED}. The engine may send the same key again
 *       after a crash between sending and recording the outcome; this is what keeps such a crash from duplicating the
 *       message (pass the key to the provider as its idempotency or deduplication key).</li>
 *   <li>A channel the gateway does not support is a {@link SendResult.Status#PERMANENT_FAILURE}.</li>
 *   <li>Thread-safe: several senders may call it at once, including with the same key.</li>
 * </ul>
 */
@FunctionalInterface
public interface MessageGateway {
    /**
     * @param message the message
     * @return what became of it
     */
    SendResult send(OutgoingMessage message);

    /**
     * @param channel a channel
     * @return whether this gateway sends on that channel; all channels unless overridden
     */
    default boolean supports(Channel channel) {
        return true;
    }
}

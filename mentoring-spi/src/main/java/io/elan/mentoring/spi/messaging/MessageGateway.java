package io.elan.mentoring.spi.messaging;

/**
 * Sends one message on one channel: e-mail, WhatsApp, a webhook, Teams. Implemented by the host or a plugin.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Returns a {@link SendResult} and never throws for a failed delivery: classify it as retryable or permanent.
 *       The engine treats an exception, an {@link Error} other than a {@link VirtualMachineError}, or a {@code null}
 *       result as a retryable failure of that message alone, and clamps a provider's {@code retryAfter} to its
 *       longest retry delay.</li>
 *   <li>Classifies by whether the same message can succeed later. The provider failing or down (HTTP 5xx), a
 *       timeout, a refused or broken connection, a rate limit (429) or a request timeout (408) are retryable, with the
 *       wait the provider asked for (its Retry-After) as {@link SendResult#retryAfter()}; a refusal of the message
 *       itself (400, 404, 410, 422: unknown recipient, rejected content) is permanent. A failure is never
 *       {@link SendResult.Status#DELIVERED}.</li>
 *   <li>Sends within the message's {@link OutgoingMessage#tenant() tenant}: the recipient's address comes from that
 *       tenant's directory, and a gateway serving several tenants keeps their provider accounts, credentials and
 *       deduplication apart.</li>
 *   <li>Honours the idempotency key: sending a message whose key was already delivered does not reach the recipient a
 *       second time and still answers {@link SendResult.Status#DELIVERED}. The engine may send the same key again
 *       after a crash between sending and recording the outcome, or after a send outlived its claim's lease; this is
 *       what keeps such a message from reaching the recipient twice (pass the key to the provider as its idempotency
 *       or deduplication key). The engine derives every key from the tenant too, so two tenants never share a key and
 *       a provider account shared by tenants may deduplicate on the key alone.</li>
 *   <li>Answers within the engine's lease, with margin (keep the provider's timeouts well under it): the engine starts
 *       no send once the claim's lease has run out, and a send that outlives it may meet a second send of the same
 *       key from another node, which only the key keeps from reaching the recipient twice.</li>
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

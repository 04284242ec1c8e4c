package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;

/**
 * One message to one participant on one channel.
 *
 * @param program the program it belongs to
 * @param recipient who receives it; the gateway resolves the address through the host's directory
 * @param channel the channel to send it on
 * @param locale the language it is written in
 * @param kind the kind of message, such as {@code "monthly-message"}, {@code "replay"} or {@code "nudge"}: 1 to 64
 *     characters; participants opt out per kind
 * @param content what it says
 * @param idempotencyKey the message's identity, 1 to 200 characters: derived from what is sent and to whom, so that
 *     producing the same message twice gives the same key; outboxes keep one message per key and gateways must not
 *     deliver one key twice
 * @param notBefore the earliest instant it may be sent
 */
public record OutgoingMessage(
        @NotNull @Valid ProgramId program,
        @NotNull @Valid PersonId recipient,
        @NotNull @Valid Channel channel,
        @NotNull Locale locale,
        @NotBlank @Size(max = 64) String kind,
        @NotNull @Valid MessageContent content,
        @NotBlank @Size(max = OutgoingMessage.MAX_KEY_LENGTH) String idempotencyKey,
        @NotNull Instant notBefore) {

    /** Longest idempotency key, in characters. */
    public static final int MAX_KEY_LENGTH = 200;

    /** Validates every field; the message names the field and the rule. */
    public OutgoingMessage {
        Checks.present(program, "program");
        Checks.present(recipient, "recipient");
        Checks.present(channel, "channel");
        Checks.present(locale, "locale");
        Checks.text(kind, "kind", 64);
        Checks.present(content, "content");
        Checks.id(idempotencyKey, "idempotencyKey", MAX_KEY_LENGTH);
        Checks.present(notBefore, "notBefore");
    }
}

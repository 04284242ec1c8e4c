package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One message to one participant on one channel, with everything a gateway needs to reach them in their tenant.
 * Build it with {@link #builder()}.
 *
 * @param tenant the tenant the message belongs to: the gateway looks the recipient's address up in that tenant's
 *     directory, and an outbox keeps the message only under that tenant
 * @param program the program it belongs to
 * @param recipient who receives it; the gateway resolves the address through the host's directory
 * @param channel the channel to send it on
 * @param locale the language it is written in
 * @param recipientLocale the recipient's own language, which {@code locale} differs from when no text was written in
 *     it; for what the gateway adds (dates, a provider's template language)
 * @param recipientZone the recipient's time zone, for what the gateway shows as a local time or schedules
 * @param kind the kind of message, such as {@code "monthly-message"}, {@code "replay"} or {@code "nudge"}: 1 to 64
 *     characters on a single line; participants opt out per kind
 * @param content what it says
 * @param idempotencyKey the message's identity, 1 to 200 characters: derived from its tenant, what is sent and to
 *     whom, so that producing the same message twice gives the same key and two tenants never share one; outboxes
 *     keep one message per tenant and key, and gateways must not deliver one key twice
 * @param notBefore the earliest instant it may be sent
 */
public record OutgoingMessage(@NotNull @Valid TenantId tenant, @NotNull @Valid ProgramId program,
        @NotNull @Valid PersonId recipient, @NotNull @Valid Channel channel, @NotNull Locale locale,
        @NotNull Locale recipientLocale, @NotNull ZoneId recipientZone, @NotBlank @Size(max = 64) String kind,
        @NotNull @Valid MessageContent content,
        @NotBlank @Size(max = OutgoingMessage.MAX_KEY_LENGTH) String idempotencyKey, @NotNull Instant notBefore) {

    /** Longest idempotency key, in characters. */
    public static final int MAX_KEY_LENGTH = 200;

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param tenant the tenant the message belongs to: the gateway looks the recipient's address up in that tenant's
     *         directory, and an outbox keeps the message only under that tenant
     * @param program the program it belongs to
     * @param recipient who receives it; the gateway resolves the address through the host's directory
     * @param channel the channel to send it on
     * @param locale the language it is written in
     * @param recipientLocale the recipient's own language, which {@code locale} differs from when no text was written
     *         in it; for what the gateway adds (dates, a provider's template language)
     * @param recipientZone the recipient's time zone, for what the gateway shows as a local time or schedules
     * @param kind the kind of message, such as {@code "monthly-message"}, {@code "replay"} or {@code "nudge"}: 1 to 64
     *         characters on a single line; participants opt out per kind
     * @param content what it says
     * @param idempotencyKey the message's identity, 1 to 200 characters: derived from its tenant, what is sent and to
     *         whom, so that producing the same message twice gives the same key and two tenants never share one;
     *         outboxes keep one message per tenant and key, and gateways must not deliver one key twice
     * @param notBefore the earliest instant it may be sent
     */
    public OutgoingMessage {
        Checks.present(tenant, "tenant");
        Checks.present(program, "program");
        Checks.present(recipient, "recipient");
        Checks.present(channel, "channel");
        Checks.locale(locale, "locale");
        Checks.locale(recipientLocale, "recipientLocale");
        Checks.zone(recipientZone, "recipientZone");
        Checks.line(kind, "kind", 64);
        Checks.present(content, "content");
        Checks.id(idempotencyKey, "idempotencyKey", MAX_KEY_LENGTH);
        Checks.instant(notBefore, "notBefore");
    }

    /** @return a builder with no value set; {@link Builder#build()} requires every one */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this message's values */
    public Builder toBuilder() {
        return new Builder().tenant(tenant).program(program).recipient(recipient).channel(channel).locale(locale)
                .recipientLocale(recipientLocale).recipientZone(recipientZone).kind(kind).content(content)
                .idempotencyKey(idempotencyKey).notBefore(notBefore);
    }

    /** Builds an {@link OutgoingMessage}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable TenantId tenant;
        private @Nullable ProgramId program;
        private @Nullable PersonId recipient;
        private @Nullable Channel channel;
        private @Nullable Locale locale;
        private @Nullable Locale recipientLocale;
        private @Nullable ZoneId recipientZone;
        private @Nullable String kind;
        private @Nullable MessageContent content;
        private @Nullable String idempotencyKey;
        private @Nullable Instant notBefore;

        private Builder() {}

        /**
         * @param value the tenant
         * @return this builder
         */
        public Builder tenant(TenantId value) { tenant = value; return this; }

        /**
         * @param value the program
         * @return this builder
         */
        public Builder program(ProgramId value) { program = value; return this; }

        /**
         * @param value the recipient
         * @return this builder
         */
        public Builder recipient(PersonId value) { recipient = value; return this; }

        /**
         * @param value the channel
         * @return this builder
         */
        public Builder channel(Channel value) { channel = value; return this; }

        /**
         * @param value the language it is written in
         * @return this builder
         */
        public Builder locale(Locale value) { locale = value; return this; }

        /**
         * @param value the recipient's own language
         * @return this builder
         */
        public Builder recipientLocale(Locale value) { recipientLocale = value; return this; }

        /**
         * @param value the recipient's time zone
         * @return this builder
         */
        public Builder recipientZone(ZoneId value) { recipientZone = value; return this; }

        /**
         * @param value the kind
         * @return this builder
         */
        public Builder kind(String value) { kind = value; return this; }

        /**
         * @param value the content
         * @return this builder
         */
        public Builder content(MessageContent value) { content = value; return this; }

        /**
         * @param value the idempotency key
         * @return this builder
         */
        public Builder idempotencyKey(String value) { idempotencyKey = value; return this; }

        /**
         * @param value the earliest send instant
         * @return this builder
         */
        public Builder notBefore(Instant value) { notBefore = value; return this; }

        /**
         * @return the message
         * @throws io.elan.mentoring.spi.InvalidValueException naming the first field that is missing or breaks its rule
         */
        public OutgoingMessage build() {
            return new OutgoingMessage(tenant, program, recipient, channel, locale, recipientLocale, recipientZone,
                    kind, content, idempotencyKey, notBefore);
        }
    }
}

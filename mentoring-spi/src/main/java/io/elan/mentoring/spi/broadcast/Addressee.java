package io.elan.mentoring.spi.broadcast;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recipient of a broadcast or replay, and what was decided for them.
 *
 * @param person the participant
 * @param role their community
 * @param outcome queued, or why not
 * @param channel the channel of the queued message; {@code null} unless queued
 * @param idempotencyKey the outbox key of the queued message; {@code null} unless queued
 * @param catchUp whether they got it in a catch-up digest, having joined after it was published
 * @param at when it was decided
 * @param detail why they were not reached, for people to read; {@code null} when queued
 *     <p>The key and the detail hold no NUL character and no unpaired surrogate, which no store could keep.
 */
public record Addressee(PersonId person, Role role, AddressingOutcome outcome, @Nullable Channel channel,
        @Nullable String idempotencyKey, boolean catchUp, Instant at, @Nullable String detail) {

    /**
     * Validates that a queued recipient has a channel and a key, and a skipped one a reason.
     *
     * @param person the participant
     * @param role their community
     * @param outcome queued, or why not
     * @param channel the channel of the queued message; {@code null} unless queued
     * @param idempotencyKey the outbox key of the queued message; {@code null} unless queued
     * @param catchUp whether they got it in a catch-up digest, having joined after it was published
     * @param at when it was decided
     * @param detail why they were not reached, for people to read; {@code null} when queued
     *         <p>The key and the detail hold no NUL character and no unpaired surrogate, which no store could keep.
     */
    public Addressee {
        Checks.present(person, "person");
        Checks.present(role, "role");
        Checks.present(outcome, "outcome");
        Checks.instant(at, "at");
        if (outcome == AddressingOutcome.QUEUED) {
            Checks.present(channel, "channel");
            Checks.present(idempotencyKey, "idempotencyKey");
        } else {
            Checks.present(detail, "detail");
        }
        if (idempotencyKey != null) {
            Checks.storableText(idempotencyKey, "idempotencyKey");
        }
        if (detail != null) {
            Checks.storableText(detail, "detail");
        }
    }

    /**
     * @return a builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this Addressee's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().person(person).role(role).outcome(outcome).channel(channel).idempotencyKey(idempotencyKey)
                .catchUp(catchUp).at(at).detail(detail);
    }

    /** Builds a {@link Addressee}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable PersonId person;
        private @Nullable Role role;
        private @Nullable AddressingOutcome outcome;
        private @Nullable Channel channel;
        private @Nullable String idempotencyKey;
        private boolean catchUp;
        private @Nullable Instant at;
        private @Nullable String detail;

        private Builder() {}

        /**
         * @param value the participant
         * @return this builder
         */
        public Builder person(PersonId value) { person = value; return this; }

        /**
         * @param value their community
         * @return this builder
         */
        public Builder role(Role value) { role = value; return this; }

        /**
         * @param value queued, or why not
         * @return this builder
         */
        public Builder outcome(AddressingOutcome value) { outcome = value; return this; }

        /**
         * @param value the channel of the queued message; {@code null} unless queued
         * @return this builder
         */
        public Builder channel(@Nullable Channel value) { channel = value; return this; }

        /**
         * @param value the outbox key of the queued message; {@code null} unless queued
         * @return this builder
         */
        public Builder idempotencyKey(@Nullable String value) { idempotencyKey = value; return this; }

        /**
         * @param value whether they got it in a catch-up digest, having joined after it was published
         * @return this builder
         */
        public Builder catchUp(boolean value) { catchUp = value; return this; }

        /**
         * @param value when it was decided
         * @return this builder
         */
        public Builder at(Instant value) { at = value; return this; }

        /**
         * @param value why they were not reached, for people to read; {@code null} when queued
         *         <p>The key and the detail hold no NUL character and no unpaired surrogate, which no store could keep.
         * @return this builder
         */
        public Builder detail(@Nullable String value) { detail = value; return this; }

        /**
         * @return the Addressee
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        public Addressee build() {
            return new Addressee(person, role, outcome, channel, idempotencyKey, catchUp, at, detail);
        }
    }
}

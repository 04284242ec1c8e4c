package io.elan.mentoring.spi.activity;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.program.PairId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing a pair or a participant did, as reported by the host or recorded by the engine.
 *
 * @param id the event's identity; appending an id that is already stored adds nothing
 * @param program the program
 * @param pair the pair concerned, if any
 * @param person the participant concerned, if any; at least one of {@code pair} and {@code person} is present
 * @param kind what happened
 * @param occurredAt when it happened
 * @param source who reported it, such as {@code "host"} or {@code "engine"}, 1 to 64 characters
 * @param attributes details such as a touchpoint id or a call outcome: at most 32 entries, keys of 1 to 64 characters,
 *     values of at most 1,024 characters
 */
public record ActivityEvent(@NotNull @Valid EventId id, @NotNull @Valid ProgramId program, @Nullable @Valid PairId pair,
        @Nullable @Valid PersonId person, @NotNull ActivityKind kind, @NotNull Instant occurredAt,
        @NotBlank @Size(max = 64) String source,
        @NotNull @Size(max = ActivityEvent.MAX_ATTRIBUTES) Map<String, String> attributes) {

    /** Most attributes an event may carry. */
    public static final int MAX_ATTRIBUTES = 32;

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param id the event's identity; appending an id that is already stored adds nothing
     * @param program the program
     * @param pair the pair concerned, if any
     * @param person the participant concerned, if any; at least one of {@code pair} and {@code person} is present
     * @param kind what happened
     * @param occurredAt when it happened
     * @param source who reported it, such as {@code "host"} or {@code "engine"}, 1 to 64 characters
     * @param attributes details such as a touchpoint id or a call outcome: at most 32 entries, keys of 1 to 64
     *         characters, values of at most 1,024 characters
     */
    public ActivityEvent {
        Checks.present(id, "id");
        Checks.present(program, "program");
        if (pair == null && person == null) {
            throw new InvalidValueException("pair", "or person is required: an event concerns a pair or a person");
        }
        Checks.present(kind, "kind");
        Checks.instant(occurredAt, "occurredAt");
        Checks.text(source, "source", 64);
        attributes = Checks.map(attributes, "attributes", MAX_ATTRIBUTES);
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            Checks.boundedText(e.getValue(), "attributes[" + e.getKey() + "]", 1024);
        }
    }

    /**
     * An event about a pair.
     *
     * @param id the event id
     * @param program the program
     * @param pair the pair
     * @param kind what happened
     * @param occurredAt when
     * @param source who reported it
     * @return the event, without attributes
     */
    public static ActivityEvent ofPair(EventId id, ProgramId program, PairId pair, ActivityKind kind,
            Instant occurredAt, String source) {
        return new ActivityEvent(id, program, pair, null, kind, occurredAt, source, Map.of());
    }

    /**
     * An event about a person.
     *
     * @param id the event id
     * @param program the program
     * @param person the person
     * @param kind what happened
     * @param occurredAt when
     * @param source who reported it
     * @return the event, without attributes
     */
    public static ActivityEvent ofPerson(EventId id, ProgramId program, PersonId person, ActivityKind kind,
            Instant occurredAt, String source) {
        return new ActivityEvent(id, program, null, person, kind, occurredAt, source, Map.of());
    }

    /**
     * @param newAttributes the attributes
     * @return this event with other attributes
     */
    public ActivityEvent withAttributes(Map<String, String> newAttributes) {
        return new ActivityEvent(id, program, pair, person, kind, occurredAt, source, newAttributes);
    }

    /**
     * @return a builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this ActivityEvent's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().id(id).program(program).pair(pair).person(person).kind(kind).occurredAt(occurredAt)
                .source(source).attributes(attributes);
    }

    /** Builds a {@link ActivityEvent}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable EventId id;
        private @Nullable ProgramId program;
        private @Nullable PairId pair;
        private @Nullable PersonId person;
        private @Nullable ActivityKind kind;
        private @Nullable Instant occurredAt;
        private @Nullable String source;
        private @Nullable Map<String, String> attributes;

        private Builder() {}

        /**
         * @param value the event's identity; appending an id that is already stored adds nothing
         * @return this builder
         */
        public Builder id(EventId value) { id = value; return this; }

        /**
         * @param value the program
         * @return this builder
         */
        public Builder program(ProgramId value) { program = value; return this; }

        /**
         * @param value the pair concerned, if any
         * @return this builder
         */
        public Builder pair(@Nullable PairId value) { pair = value; return this; }

        /**
         * @param value the participant concerned, if any; at least one of {@code pair} and {@code person} is present
         * @return this builder
         */
        public Builder person(@Nullable PersonId value) { person = value; return this; }

        /**
         * @param value what happened
         * @return this builder
         */
        public Builder kind(ActivityKind value) { kind = value; return this; }

        /**
         * @param value when it happened
         * @return this builder
         */
        public Builder occurredAt(Instant value) { occurredAt = value; return this; }

        /**
         * @param value who reported it, such as {@code "host"} or {@code "engine"}, 1 to 64 characters
         * @return this builder
         */
        public Builder source(String value) { source = value; return this; }

        /**
         * @param value details such as a touchpoint id or a call outcome: at most 32 entries, keys of 1 to 64
         *         characters, values of at most 1,024 characters
         * @return this builder
         */
        public Builder attributes(Map<String, String> value) { attributes = value; return this; }

        /**
         * @return the ActivityEvent
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        public ActivityEvent build() {
            return new ActivityEvent(id, program, pair, person, kind, occurredAt, source, attributes);
        }
    }
}

package io.elan.mentoring.core.activity;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.program.PairId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something a pair reports having done: a meeting held or messages exchanged.
 *
 * @param pair the pair
 * @param kind {@link ActivityKind#PAIR_MEETING} or {@link ActivityKind#PAIR_MESSAGE}
 * @param occurredAt when it happened
 * @param reference the host's own identifier of the report, 1 to 128 characters, when two reports of the same kind
 *     at the same instant are distinct things; otherwise empty
 */
public record PairActivity(PairId pair, ActivityKind kind, Instant occurredAt, @Nullable String reference) {

    /**
     * Checks every field.
     *
     * @param pair the pair
     * @param kind {@link ActivityKind#PAIR_MEETING} or {@link ActivityKind#PAIR_MESSAGE}
     * @param occurredAt when it happened
     * @param reference the host's own identifier of the report, 1 to 128 characters, when two reports of the same kind
     *         at the same instant are distinct things; otherwise empty
     * @throws InvalidValueException naming the field and the rule
     */
    public PairActivity {
        Checks.present(pair, "pair");
        Checks.present(kind, "kind");
        if (kind != ActivityKind.PAIR_MEETING && kind != ActivityKind.PAIR_MESSAGE) {
            throw new InvalidValueException("kind", "must be PAIR_MEETING or PAIR_MESSAGE", kind);
        }
        Checks.present(occurredAt, "occurredAt");
        if (reference != null) {
            Checks.id(reference, "reference");
        }
    }

    /**
     * @param pair the pair
     * @param at when they met
     * @return a meeting report
     */
    public static PairActivity meeting(PairId pair, Instant at) {
        return new PairActivity(pair, ActivityKind.PAIR_MEETING, at, null);
    }

    /**
     * @param pair the pair
     * @param at when they exchanged messages
     * @return a message report
     */
    public static PairActivity message(PairId pair, Instant at) {
        return new PairActivity(pair, ActivityKind.PAIR_MESSAGE, at, null);
    }
}

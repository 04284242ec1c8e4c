package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.elan.mentoring.core.communication.internal.IdempotencyKeys;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IdempotencyKeysProperties {

    @Test
    @DisplayName("keys are stable, short, and keep their parts apart")
    void keysAreStableShortAndKeepTheirPartsApart() {
        qt().withExamples(200).forAll(texts(1, 64), texts(0, 300), texts(0, 300)).checkAssert((kind, a, b) -> {
            String key = IdempotencyKeys.derive(kind, a, b);

            assertThat(key).isEqualTo(IdempotencyKeys.derive(kind, a, b));
            assertThat(key.length()).isLessThanOrEqualTo(OutgoingMessage.MAX_KEY_LENGTH);
            assertThat(key).startsWith(kind + ":");
            assertThat(IdempotencyKeys.derive(kind, a + b)).isNotEqualTo(key);
            assertThat(IdempotencyKeys.derive(kind, b, a)).satisfiesAnyOf(
                    other -> assertThat(a).isEqualTo(b),
                    other -> assertThat(other).isNotEqualTo(key));
        });
    }

    /** Any character of the basic plane, lone surrogates included: parts come from hosts and from people. */
    private static Gen<String> texts(int minLength, int maxLength) {
        return strings().betweenCodePoints(Character.MIN_VALUE, Character.MAX_VALUE)
                .ofLengthBetween(minLength, maxLength);
    }
}

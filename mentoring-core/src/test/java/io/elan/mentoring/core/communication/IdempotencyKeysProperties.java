package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.elan.mentoring.core.communication.internal.IdempotencyKeys;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IdempotencyKeysProperties {

    private static final TenantId ACME = TenantId.of("acme");

    @Test
    @DisplayName("keys are stable, short, and keep their parts apart")
    void keysAreStableShortAndKeepTheirPartsApart() {
        qt().withExamples(200).forAll(texts(1, 64), texts(0, 300), texts(0, 300)).checkAssert((kind, a, b) -> {
            String key = IdempotencyKeys.derive(ACME, kind, a, b);

            assertThat(key).isEqualTo(IdempotencyKeys.derive(ACME, kind, a, b));
            assertThat(key.length()).isLessThanOrEqualTo(OutgoingMessage.MAX_KEY_LENGTH);
            assertThat(key).startsWith(kind + ":");
            assertThat(IdempotencyKeys.derive(ACME, kind, a + b)).isNotEqualTo(key);
            assertThat(IdempotencyKeys.derive(ACME, kind, b, a)).satisfiesAnyOf(
                    other -> assertThat(a).isEqualTo(b),
                    other -> assertThat(other).isNotEqualTo(key));
        });
    }

    @Test
    @DisplayName("two tenants never share a key for the same kind and parts, whatever their ids")
    void tenantsNeverShareAKey() {
        qt().withExamples(200).forAll(ids(), ids(), texts(1, 64), texts(0, 300))
                .assuming((first, second, kind, part) -> !first.equals(second))
                .checkAssert((first, second, kind, part) -> assertThat(
                        IdempotencyKeys.derive(TenantId.of(first), kind, part))
                        .as("key of tenant %s", first)
                        .isNotEqualTo(IdempotencyKeys.derive(TenantId.of(second), kind, part)));
    }

    /** Tenant ids as hosts write them, the prefixes and suffixes of one another among them. */
    private static Gen<String> ids() {
        return strings().betweenCodePoints('a', 'd').ofLengthBetween(1, 6);
    }

    /** Any character of the basic plane, lone surrogates included: parts come from hosts and from people. */
    private static Gen<String> texts(int minLength, int maxLength) {
        return strings().betweenCodePoints(Character.MIN_VALUE, Character.MAX_VALUE)
                .ofLengthBetween(minLength, maxLength);
    }
}

package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.internal.IdempotencyKeys;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class IdempotencyKeysProperties {

    @Property(tries = 200)
    void keysAreStableShortAndKeepTheirPartsApart(
            @ForAll @StringLength(min = 1, max = 64) String kind,
            @ForAll @StringLength(max = 300) String a,
            @ForAll @StringLength(max = 300) String b) {
        String key = IdempotencyKeys.derive(kind, a, b);

        assertThat(key).isEqualTo(IdempotencyKeys.derive(kind, a, b));
        assertThat(key.length()).isLessThanOrEqualTo(OutgoingMessage.MAX_KEY_LENGTH);
        assertThat(key).startsWith(kind + ":");
        assertThat(IdempotencyKeys.derive(kind, a + b)).isNotEqualTo(key);
        assertThat(IdempotencyKeys.derive(kind, b, a)).satisfiesAnyOf(
                other -> assertThat(a).isEqualTo(b),
                other -> assertThat(other).isNotEqualTo(key));
    }
}

package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.InvalidValueException;
import java.util.Arrays;

/**
 * The secret key of one wave. Keys derived from it seal each response while it waits for its batch, and derive the
 * token it is held under from the token handed to the respondent. Whoever holds it, the token registry and the store
 * can link the responses still held to people (never the published ones); lost, it takes the held responses with it.
 * Destroy it once the wave has closed and its closing publication has run.
 */
public final class WaveSecret {
    /** The fewest bytes a secret may have: 256 bits, the output size of HMAC-SHA256. */
    public static final int MIN_BYTES = 32;

    private final byte[] key;

    private WaveSecret(byte[] key) {
        this.key = key;
    }

    /**
     * @param key at least {@value #MIN_BYTES} random bytes; copied
     * @return the secret
     * @throws InvalidValueException if the key is too short
     */
    public static WaveSecret of(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new InvalidValueException("secret", "must hold at least " + MIN_BYTES + " bytes",
                    key.length + " bytes");
        }
        return new WaveSecret(key.clone());
    }

    /** @return a copy of the key bytes */
    public byte[] bytes() {
        return key.clone();
    }

    /** @return a fixed text: secrets stay out of logs */
    @Override
    public String toString() {
        return "WaveSecret[***]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WaveSecret secret && Arrays.equals(key, secret.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }
}

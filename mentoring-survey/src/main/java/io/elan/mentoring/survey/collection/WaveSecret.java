package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.InvalidValueException;
import java.util.Arrays;

/**
 * The secret key of one wave, used to derive the stored form of each response token. Whoever holds it and the token
 * registry can link responses to people; destroy it once the wave is closed and analysed.
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

package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.util.Arrays;

/**
 * A response held sealed until it is published with others: ciphertext that only the holder of the wave's secret can
 * open, kept by a {@link SurveyResponseStore} between a respondent's submission and the publication of its batch. A
 * store keeps it as given and never looks inside.
 *
 * @param token the token it is held under: a keyed one-way derivation of the token handed to the respondent, so
 *     that a second submission under the same token is held nowhere twice, and that nothing else can be matched to it
 * @param group the label shared by the sealed responses that may be published together, 1 to
 *     {@value io.elan.mentoring.spi.validation.Checks#MAX_ID_LENGTH} characters; opaque to the store
 * @param ciphertext the sealed content, 1 to {@value #MAX_BYTES} bytes; copied in and out, so neither the caller
 *     nor a reader can change what is held
 */
public record SealedResponse(ResponseToken token, String group, byte[] ciphertext) {
    /** The most bytes a sealed response may have: 16 MiB, beyond any questionnaire's longest response. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /**
     * Validates every field and copies the ciphertext.
     *
     * @param token the token it is held under: a keyed one-way derivation of the token handed to the respondent, so
     *         that a second submission under the same token is held nowhere twice, and that nothing else can be matched
     *         to it
     * @param group the label shared by the sealed responses that may be published together, 1 to
     *         {@value io.elan.mentoring.spi.validation.Checks#MAX_ID_LENGTH} characters; opaque to the store
     * @param ciphertext the sealed content, 1 to {@value #MAX_BYTES} bytes; copied in and out, so neither the caller
     *         nor a reader can change what is held
     */
    public SealedResponse {
        Checks.present(token, "token");
        Checks.id(group, "group");
        Checks.present(ciphertext, "ciphertext");
        if (ciphertext.length == 0 || ciphertext.length > MAX_BYTES) {
            throw new InvalidValueException("ciphertext", "must hold 1 to " + MAX_BYTES + " bytes",
                    ciphertext.length + " bytes");
        }
        ciphertext = ciphertext.clone();
    }

    /** @return a copy of the sealed content */
    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    /** @return the content's length in bytes, without copying it */
    public int length() {
        return ciphertext.length;
    }

    /** Equal when token, group and every byte of the ciphertext are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SealedResponse s && token.equals(s.token) && group.equals(s.group)
                && Arrays.equals(ciphertext, s.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * token.hashCode() + group.hashCode()) + Arrays.hashCode(ciphertext);
    }

    /** @return the group and the length of the content, never the token nor the content */
    @Override
    public String toString() {
        return "SealedResponse[group=" + group + ", " + ciphertext.length + " bytes]";
    }
}

package io.elan.mentoring.survey.internal;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys one wave's secret gives, and what they do. Each key is HMAC-SHA256 under the secret of a purpose label and
 * the tenant, program and wave (length-prefixed, so that ("ab", "c") and ("a", "bc") stay apart), so that no key
 * serves two purposes and none is useful in another wave:
 * <ul>
 *   <li>the <em>hold key</em> derives, from the token handed to a respondent, the token a submission is held under:
 *       HMAC-SHA256, unpadded base64url. Without the secret nobody can compute it from an issued token, so the held
 *       entries cannot be joined to the invitations, yet a second submission under the same token meets the first;</li>
 *   <li>the <em>group key</em> labels the segments a response carries, so that responses with the same segments are
 *       published together while the label tells the store nothing;</li>
 *   <li>the <em>seal key</em> encrypts: AES-256 in GCM mode, a fresh random 96-bit nonce per response, a 128-bit tag,
 *       and the tenant, program, wave, held token and group as associated data, so that a sealed response opens only
 *       in the row it was written to and any change to it is detected.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class WaveKeys {
    private static final String HMAC = "HmacSHA256";
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] holdKey;
    private final byte[] groupKey;
    private final SecretKeySpec sealKey;
    private final byte[] context;

    private WaveKeys(byte[] secret, byte[] context) {
        this.context = context;
        this.holdKey = hmac(secret, label("hold", context));
        this.groupKey = hmac(secret, label("group", context));
        this.sealKey = new SecretKeySpec(hmac(secret, label("seal", context)), "AES");
    }

    /**
     * @param secret the wave's secret, at least 32 bytes
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @return the wave's keys
     */
    public static WaveKeys derive(byte[] secret, TenantId tenant, ProgramId program, String wave) {
        ByteArrayOutputStream context = new ByteArrayOutputStream();
        for (String part : new String[] {tenant.value(), program.value(), wave}) {
            prefixed(context, part.getBytes(StandardCharsets.UTF_8));
        }
        return new WaveKeys(secret, context.toByteArray());
    }

    /**
     * @param issued the token handed to the respondent
     * @return the token its submission is held under
     */
    public ResponseToken heldToken(ResponseToken issued) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        prefixed(message, issued.value().getBytes(StandardCharsets.UTF_8));
        return ResponseToken.of(base64(hmac(holdKey, message.toByteArray())));
    }

    /**
     * @param segments the segments a response carries
     * @return the label of their group: the same for the same segments, nothing to whoever lacks the secret
     */
    public String group(Map<String, String> segments) {
        return base64(hmac(groupKey, SealedForm.segments(segments)));
    }

    /**
     * @param held the token the response is held under
     * @param group the label of its group
     * @param plaintext its padded plaintext
     * @param random where the nonce comes from
     * @return the sealed response: nonce, then ciphertext and tag
     */
    public SealedResponse seal(ResponseToken held, String group, byte[] plaintext, SecureRandom random) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(held, group));
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
            return new SealedResponse(held, group, sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides " + AES_GCM + " with 256-bit keys", e);
        }
    }

    /**
     * @param sealed a sealed response
     * @return its padded plaintext, or empty if these keys did not seal it (another wave's secret, a lost secret
     *     replaced, or a changed row)
     */
    public Optional<byte[]> open(SealedResponse sealed) {
        byte[] bytes = sealed.ciphertext();
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(sealed.token(), sealed.group()));
            return Optional.of(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
        } catch (AEADBadTagException wrongKeyOrChanged) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides " + AES_GCM + " with 256-bit keys", e);
        }
    }

    private byte[] associatedData(ResponseToken held, String group) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(context);
        prefixed(data, held.value().getBytes(StandardCharsets.UTF_8));
        prefixed(data, group.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    private static byte[] label(String purpose, byte[] context) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        prefixed(message, ("elan/survey/" + purpose + "/v1").getBytes(StandardCharsets.UTF_8));
        message.writeBytes(context);
        return message.toByteArray();
    }

    private static void prefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes.length >>> 8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides " + HMAC, e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

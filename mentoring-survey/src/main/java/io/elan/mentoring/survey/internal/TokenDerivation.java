package io.elan.mentoring.survey.internal;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the stored form of a response token: HMAC-SHA256 under the wave's secret of the tenant, program, wave and
 * token, encoded in unpadded base64url (43 characters). Binding the tenant, program and wave makes a token useless
 * elsewhere; the key makes the derivation impossible to recompute, and so to join, without the secret.
 */
public final class TokenDerivation {
    private static final String ALGORITHM = "HmacSHA256";

    private TokenDerivation() {}

    /**
     * @param secret the wave's key bytes
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @param issued the token as handed to the respondent
     * @return the token to store with the response
     */
    public static ResponseToken stored(byte[] secret, TenantId tenant, ProgramId program, String wave,
            ResponseToken issued) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            // Length prefixes keep ("ab","c") and ("a","bc") apart.
            for (String part : new String[] {tenant.value(), program.value(), wave, issued.value()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[] {(byte) (bytes.length >>> 8), (byte) bytes.length});
                mac.update(bytes);
            }
            return ResponseToken.of(Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides " + ALGORITHM, e);
        }
    }
}

package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.spi.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives idempotency keys from the tenant, what is sent and to whom, so that producing the same message again gives
 * the same key and the outbox keeps one copy, while two tenants that use the same program, people and broadcast ids
 * never share a key: a gateway or provider that deduplicates on the key alone still delivers each tenant's message.
 * Thread-safe.
 */
public final class IdempotencyKeys {

    private static final int DIGEST_BYTES = 20;

    private IdempotencyKeys() {}

    /**
     * @param tenant the tenant the message belongs to
     * @param kind the message kind, kept readable at the front of the key
     * @param parts what identifies the message in its tenant: program, subject, recipient...
     * @return {@code kind:} followed by 40 hex digits of a SHA-256 over the tenant, the kind and the parts
     */
    public static String derive(TenantId tenant, String kind, String... parts) {
        MessageDigest sha = sha256();
        update(sha, tenant.value());
        update(sha, kind);
        for (String part : parts) {
            update(sha, part);
        }
        byte[] digest = sha.digest();
        return kind + ":" + HexFormat.of().formatHex(digest, 0, DIGEST_BYTES);
    }

    /**
     * @param parts texts
     * @return 16 hex digits of a SHA-256 over the parts: a fingerprint of content
     */
    public static String fingerprint(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            update(sha, part);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /**
     * @param parts texts
     * @return a number derived from the parts, stable across runs and machines
     */
    public static long hash(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            update(sha, part);
        }
        byte[] d = sha.digest();
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (d[i] & 0xFF);
        }
        return value;
    }

    // Length-prefixing keeps ("ab", "c") and ("a", "bc") apart.
    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) (bytes.length >>> 24));
        sha.update((byte) (bytes.length >>> 16));
        sha.update((byte) (bytes.length >>> 8));
        sha.update((byte) bytes.length);
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

package io.elan.mentoring.core.internal;

import com.google.common.hash.Hashing;
import io.elan.mentoring.spi.validation.Checks;
import java.nio.charset.StandardCharsets;

/**
 * Identifiers derived from what they identify, so that reporting the same thing twice yields the same id and the
 * stores' idempotency drops the repeat. Readable when short enough, hashed otherwise.
 */
public final class StableIds {

    private StableIds() {}

    /**
     * @param prefix what kind of thing, such as {@code "attended"}
     * @param parts what identifies it; none may contain a tab
     * @return {@code prefix/part1/part2...}, or {@code prefix/} and a SHA-256 digest when that is longer than an
     *     identifier may be or a part holds a slash (which would make two part lists read alike)
     */
    public static String of(String prefix, String... parts) {
        String readable = prefix + "/" + String.join("/", parts);
        boolean unambiguous = true;
        for (String part : parts) {
            unambiguous &= part.indexOf('/') < 0;
        }
        if (unambiguous && readable.length() <= Checks.MAX_ID_LENGTH) {
            return readable;
        }
        // Tabs never occur in identifiers, so joining on them keeps distinct part lists distinct.
        String digest = Hashing.sha256().hashString(String.join("\t", parts), StandardCharsets.UTF_8).toString();
        return prefix + "/" + digest;
    }
}

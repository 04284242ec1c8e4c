package io.elan.mentoring.spi.tck.internal;

import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Values at the edges of the SPI's rules (see {@link Checks}): the longest texts, holding every kind of character the
 * rules let through, the first and the last storable day and instant, a long language tag, the longest zone id. A
 * store must keep each of them exactly, since the values accept them.
 */
public final class Edges {
    /** The first day a value accepts. */
    public static final LocalDate FIRST_DAY = LocalDate.of(Checks.MIN_YEAR, 1, 1);
    /** The last day a value accepts. */
    public static final LocalDate LAST_DAY = LocalDate.of(Checks.MAX_YEAR, 12, 31);
    /** The earliest instant a value accepts. */
    public static final Instant EARLIEST = Checks.EARLIEST_INSTANT;
    /** The latest instant a value accepts. */
    public static final Instant LATEST = Checks.LATEST_INSTANT;
    /** A language with extensions and private-use subtags whose tag is close to the longest accepted. */
    public static final Locale LONG_LANGUAGE = longLanguage();
    /** The longest zone id this Java runtime knows. */
    public static final ZoneId LONGEST_ZONE = ZoneId.of(ZoneId.getAvailableZoneIds().stream()
            .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElseThrow());

    /**
     * What text may hold, each piece a character or a pair that must stay whole: accents, a musical symbol and an
     * emoji outside the Basic Multilingual Plane (surrogate pairs), the two noncharacters U+FFFE and U+FFFF, a
     * zero-width space, a right-to-left override, a combining accent, a line separator, quotes, a backslash, SQL
     * wildcards and comment marks.
     */
    private static final List<String> PIECES = List.of("é", "\uD834\uDD1E", "\uFFFE", "\uFFFF", "\u200B", "\u202E",
            "e\u0301", "\u2028", "'", "\"", "\\", "%", "_", ";", "--", "\uD83C\uDF31", "ß", "日本");
    /** What text may hold besides, but an identifier may not: line breaks and a tab. */
    private static final List<String> TEXT_PIECES = Stream.concat(PIECES.stream(), Stream.of("\t", "\n", "\r\n"))
            .toList();
    /** What a single line may hold: everything an identifier may, but the line separator. */
    private static final List<String> LINE_PIECES = PIECES.stream().filter(piece -> !piece.equals("\u2028")).toList();

    private Edges() {}

    /**
     * @param length the length wanted, in UTF-16 units, at least 1
     * @return text of exactly that length, starting with a letter, made of every piece text may hold
     */
    public static String text(int length) {
        return fill("T", length, TEXT_PIECES);
    }

    /**
     * @param length the length wanted, in UTF-16 units, at least 1
     * @return a single line of exactly that length, starting with a letter, made of every piece a line may hold
     */
    public static String line(int length) {
        return fill("L", length, LINE_PIECES);
    }

    /**
     * @param length the length wanted, in UTF-16 units, at least 34
     * @return an identifier of exactly that length that no other call returns, made of every piece an identifier may
     *     hold, starting and ending with a letter
     */
    public static String id(int length) {
        return fill(UUID.randomUUID().toString().replace("-", "") + "-", length, PIECES);
    }

    private static String fill(String start, int length, List<String> pieces) {
        StringBuilder out = new StringBuilder(start);
        int next = 0;
        // Keep room for the closing letter; a piece that does not fit whole is left out, never cut.
        while (out.length() < length - 1) {
            String piece = pieces.get(next++ % pieces.size());
            out.append(out.length() + piece.length() <= length - 1 ? piece : "x".repeat(length - 1 - out.length()));
        }
        return out.append('z').substring(0, length);
    }

    private static Locale longLanguage() {
        StringBuilder tag = new StringBuilder("de-DE-u-co-phonebk-x");
        for (int i = 0; tag.length() + 9 <= Checks.MAX_LANGUAGE_TAG_LENGTH; i++) {
            tag.append("-p").append(String.format(Locale.ROOT, "%07d", i));
        }
        return Locale.forLanguageTag(tag.toString());
    }
}
